/**
 * Issue #19's off-thread experiment: the background's block matcher, read back through the wire
 * format, gives every block of the fixture pages exactly the matches the page would find itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { backgroundRequests, type BackgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest, type Handlers } from '@/lib/messaging/server';
import { createBlockMatcher } from '@/lib/background/match/block-matcher';
import type { MatcherPayload } from '@/lib/background/kb/service';
import { readBlocks, type TextBlock } from '@/lib/dom/blocks';
import { RemoteBlocks, type MatchRemotely } from '@/lib/dom/remote-blocks';
import { Slice } from '@/lib/dom/schedule';
import { WINDOW } from '@/lib/match/window';
import type { RawMatch } from '@/lib/match/raw-match';
import { createClassifier, styleAttributeDisplay } from '@/lib/dom/classify';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { matchShortText, matchText } from '@/lib/match/match-text';
import { decodeBlockMatches, encodeBlockMatches } from '@/lib/match/match-wire';
import { createRecogniser } from '@/lib/match/phrases';
import { deserializeDictionary, serializeDictionary } from '@/lib/match/serialize';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const payload: MatcherPayload = {
  version: 'seed@test',
  entities,
  dictionary: serializeDictionary(compileDictionary(aliases)),
};
// The page's matcher, as a page assembles it from the same payload.
const dict = deserializeDictionary(payload.dictionary);
const recogniser = createRecogniser(dict, entities);

const fixtures = join(import.meta.dirname, '../../fixtures');
const blockTexts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.html'))
  .flatMap((name) => {
    const { document } = parseHTML(readFileSync(join(fixtures, name), 'utf8'));
    return [
      ...readBlocks(
        document,
        createClassifier(() => false, styleAttributeDisplay),
      ),
    ].map((b) => b.text);
  })
  .filter((text) => text.trim() !== '');

/** A background block matcher warmed up as a worker warms its own, so it answers. */
async function warmMatcher() {
  const match = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
  await match.warm();
  return match;
}

describe('matching block texts in the background', () => {
  it('gives every fixture block the matches the page finds, through JSON as Chromium sends them', async () => {
    const local = blockTexts.map((text) => matchShortText(dict, text, recogniser));
    // The test means something only if the fixtures hold the rarer shapes too.
    const all = local.flat();
    expect(all.some((m) => m.inner)).toBe(true);
    expect(all.some((m) => m.phrase?.via === 'cue')).toBe(true);
    expect(all.some((m) => m.fallback || m.open || m.bearer)).toBe(true);
    const reply = await (await warmMatcher())('seed@test', blockTexts);
    const remote = decodeBlockMatches(
      JSON.parse(JSON.stringify(reply)) as (number | null)[],
      blockTexts.length,
    );
    expect(remote).toEqual(local);
  });

  it('matches a text longer than a window across its windows', async () => {
    const long = blockTexts.join(' ').repeat(4);
    const reply = await (await warmMatcher())('seed@test', [long]);
    expect(decodeBlockMatches(reply, 1)).toEqual([matchText(dict, long, recogniser)]);
  });

  it('can build its matcher before the first request, and then builds it no more', async () => {
    const kb = { matcher: vi.fn(() => Promise.resolve(payload)) };
    const match = createBlockMatcher(kb);
    await match.warm();
    expect(kb.matcher).toHaveBeenCalledTimes(1);
    const reply = await match('seed@test', ['Imran Khan']);
    expect(decodeBlockMatches(reply, 1)).toEqual([matchShortText(dict, 'Imran Khan', recogniser)]);
  });

  it("sends a block longer than a window a window at a time, and records the page's own matches", async () => {
    const long = blockTexts.join(' ').repeat(12);
    expect(long.length).toBeGreaterThan(8 * WINDOW);
    const background = await warmMatcher();
    const requests: string[][] = [];
    const match: MatchRemotely = async (texts, whole) => {
      requests.push(texts);
      const reply = await background('seed@test', texts, whole);
      return decodeBlockMatches(JSON.parse(JSON.stringify(reply)) as (number | null)[], texts.length);
    };
    const batches: RawMatch[][] = [];
    const remote = new RemoteBlocks(
      match,
      (_queued, found) => {
        for (const batch of found as Iterable<RawMatch[]>) batches.push(batch);
        return undefined;
      },
      () => false,
    );
    const block = { text: long, nodes: [], starts: [] } as unknown as TextBlock;
    await remote.push({ block, onScreen: false, unread: true }, new Slice());
    await remote.drain(new Slice());
    expect(requests.length).toBeGreaterThan(3);
    for (const texts of requests) for (const text of texts) expect(text.length).toBeLessThan(WINDOW + 1024);
    expect(batches.length).toBeGreaterThan(8); // recorded a window at a time
    expect(batches.flat()).toEqual(matchText(dict, long, recogniser));
  });

  it('refuses a stale matcher version', async () => {
    const match = await warmMatcher();
    await expect(match('other@1', ['Imran Khan'])).rejects.toThrow(/packs changed/);
  });

  it('matches while cold, building its matcher first, and counts as warm once it has matched enough', async () => {
    const kb = { matcher: vi.fn(() => Promise.resolve(payload)) };
    const match = createBlockMatcher(kb);
    expect(match.isWarm('seed@test')).toBe(false);
    const reply = await match('seed@test', ['Imran Khan']);
    expect(decodeBlockMatches(reply, 1)).toEqual([matchShortText(dict, 'Imran Khan', recogniser)]);
    expect(kb.matcher).toHaveBeenCalled();
    expect(match.isWarm('seed@test')).toBe(false);
    await match.warm();
    expect(match.isWarm('seed@test')).toBe(true);
    expect(match.isWarm('other@1')).toBe(false);
  });

  it('is cold again once the packs change, until the new matcher has warmed up', async () => {
    let current = payload;
    const match = createBlockMatcher({ matcher: () => Promise.resolve(current) });
    await match.warm();
    expect(match.isWarm('seed@test')).toBe(true);
    current = { ...payload, version: 'seed@2' };
    await expect(match('seed@test', ['Imran Khan'])).rejects.toThrow(/packs changed/);
    const reply = await match('seed@2', ['Imran Khan']);
    expect(decodeBlockMatches(reply, 1)).toEqual([matchShortText(dict, 'Imran Khan', recogniser)]);
    expect(match.isWarm('seed@2')).toBe(false);
    await match.warm();
    expect(match.isWarm('seed@2')).toBe(true);
    expect(match.isWarm('seed@test')).toBe(false);
  });

  it('refuses a reply that does not hold the blocks asked for', () => {
    const data = encodeBlockMatches([[{ start: 0, end: 5, alias: 1 }]]);
    expect(() => decodeBlockMatches(data, 2)).toThrow(/Truncated/);
    expect(() => decodeBlockMatches([...data, 0], 1)).toThrow(/longer/);
  });
});

describe('the matchBlocks request', () => {
  const handlers = () => {
    const spies = { matchBlocks: vi.fn(() => [0]) };
    return spies as typeof spies & Handlers<BackgroundRequests>;
  };
  const ask = (h: Handlers<BackgroundRequests>, data: unknown, sender: 'extension' | 'content-script') =>
    handleRequest(backgroundRequests, h, 'matchBlocks', data, sender);

  it('is answered for content scripts only', async () => {
    const h = handlers();
    expect(await ask(h, { version: 'v', texts: ['Imran Khan'] }, 'content-script')).toEqual({
      ok: true,
      value: [0],
    });
    const fromPage = await ask(h, { version: 'v', texts: ['Imran Khan'] }, 'extension');
    expect(fromPage.ok || fromPage.error.code).toBe('forbidden');
    expect(h.matchBlocks).toHaveBeenCalledTimes(1);
  });

  it('refuses more text than a page could need, and anything but a list of strings', async () => {
    const h = handlers();
    const tooMuch = await ask(
      h,
      { version: 'v', texts: ['x'.repeat(9_000_000), 'y'.repeat(9_000_000)] },
      'content-script',
    );
    expect(tooMuch.ok || tooMuch.error.code).toBe('invalid-message');
    const notText = await ask(h, { version: 'v', texts: [{ length: 1 }] }, 'content-script');
    expect(notText.ok || notText.error.code).toBe('invalid-message');
    const extra = await ask(h, { version: 'v', texts: [], tabId: 3 }, 'content-script');
    expect(extra.ok || extra.error.code).toBe('invalid-message');
    expect(h.matchBlocks).not.toHaveBeenCalled();
  });
});
