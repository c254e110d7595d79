/**
 * Knowledge packs carrying hostile strings: text fields keep them as inert text, exactly;
 * source addresses that are not http(s) and ids that are not slugs are refused with their path.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/kb/validate-pack';
import type { KnowledgePack } from '@/lib/kb/schema';
import {
  brokenHostilePack,
  hostileActorLabel,
  hostileEventLabel,
  hostilePack,
  hostilePackTitle,
} from '../../fixtures/hostile/pack';
import { payload, payloads } from '../../fixtures/hostile/payloads';

const issuesOf = (raw: unknown) => {
  const result = validatePack(raw);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('a knowledge pack with hostile text', () => {
  it('validates, keeping every label, summary, quote and attribution exactly as written', () => {
    const raw = hostilePack();
    const result = validatePack(JSON.parse(JSON.stringify(raw)));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const pack = result.pack;
    expect(pack.pack.title).toBe(hostilePackTitle);
    expect(pack.entities.map((e) => e.label)).toEqual([hostileActorLabel, hostileEventLabel]);
    expect(pack.entities[0]!.summary).toBe(payload('frame-embed/iframe-srcdoc'));
    expect(pack.claims).toEqual(raw.claims);
    expect(pack.claims.length).toBeGreaterThanOrEqual(30);
    expect(pack.sources[0]!.title.value).toBe(payload('markup-breakout/title'));
  });

  it('refuses the broken pack at each bad field', () => {
    const { pack, paths } = brokenHostilePack();
    const found = issuesOf(pack);
    for (const path of paths) expect(found).toContain(path);
  });

  it('refuses every source address that is not http(s)', () => {
    const kept = payloads.filter((p) => {
      const pack = hostilePack();
      (pack.sources[0] as { url: string | null }).url = p.text;
      return p.category === 'url-scheme' && !issuesOf(pack).includes('sources[0].url');
    });
    expect(kept.map((p) => p.id)).toEqual([]);
    const ok: KnowledgePack = hostilePack();
    ok.sources[0]!.url = 'http://hostile.example/source';
    expect(issuesOf(ok)).toEqual([]);
  });

  it('refuses payloads where only slugs may go, each at its path', () => {
    const markup = payload('event-handler/img-onerror');
    const cases: [string, (pack: KnowledgePack) => void][] = [
      ['pack.id', (p) => (p.pack.id = markup)],
      ['sources[0].id', (p) => (p.sources[0]!.id = markup)],
      ['claims[0].id', (p) => (p.claims[0]!.id = markup)],
      ['claims[0].about[0]', (p) => (p.claims[0]!.about[0] = markup)],
      ['entities[0].summaryClaims[0]', (p) => (p.entities[0]!.summaryClaims[0] = markup)],
    ];
    const unlocated = cases
      .filter(([path, breakIt]) => {
        const pack = hostilePack();
        breakIt(pack);
        return !issuesOf(pack).includes(path);
      })
      .map(([path]) => path);
    expect(unlocated).toEqual([]);
  });
});
