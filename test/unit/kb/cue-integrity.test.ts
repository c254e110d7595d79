/**
 * The recognisers' cues are checked like everything else in a pack: an event's kind of happening
 * must be borne out by what its cited claims quote (or by its names), its core participants must
 * be among its participants or place, and a demonym must mean one entity and never link itself.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/kb/validate-pack';
import type { KbEvent, KnowledgePack } from '@/lib/kb/schema';
import { miniPack } from './mini-pack';

const lunchOf = (pack: KnowledgePack) => pack.entities.find((e) => e.id === 'mini-lunch') as KbEvent;

function problems(change: (pack: KnowledgePack) => void): string[] {
  const pack = structuredClone(miniPack());
  change(pack);
  const result = validatePack(pack);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('event cues and demonyms', () => {
  it('accepts a kind of happening that a cited claim quotes', () => {
    // mini-c3: "Some analysts say the lunch signals a shift."
    expect(problems((p) => (lunchOf(p).cues = { happenings: ['lunch'], claims: ['mini-c3'] }))).toEqual([]);
  });

  it('refuses a kind of happening no cited claim or name of the event bears out', () => {
    expect(problems((p) => (lunchOf(p).cues = { happenings: ['war'], claims: ['mini-c3'] }))).toEqual([
      expect.stringMatching(/^entities\[2\]\.cues\.happenings\[0\]: "war" is not borne out/),
    ]);
  });

  it('refuses unknown cue claims and core participants that are not the event’s', () => {
    expect(
      problems(
        (p) => (lunchOf(p).cues = { happenings: ['lunch'], core: ['mini-pakistan'], claims: ['nope'] }),
      ),
    ).toEqual([
      expect.stringMatching(/^entities\[2\]\.cues\.claims\[0\]: unknown claim "nope"/),
      expect.stringMatching(
        /^entities\[2\]\.cues\.core\[0\]: "mini-pakistan" is not among the event's participants/,
      ),
    ]);
  });

  it('refuses a kind of happening outside the list, through the schema', () => {
    expect(
      problems((p) => (lunchOf(p).cues = { happenings: ['picnic' as 'lunch'], claims: ['mini-c3'] })),
    ).toContainEqual(expect.stringMatching(/^entities\[2\]\.cues\.happenings\[0\]/));
  });

  it('refuses a demonym that is also an alias, or that two entities share', () => {
    expect(
      problems((p) => {
        const pakistan = p.entities.find((e) => e.id === 'mini-pakistan')!;
        if (pakistan.kind !== 'event') pakistan.demonyms = ['Mini Pakistan'];
      }),
    ).toEqual([expect.stringMatching(/demonyms\[0\]: demonym "Mini Pakistan" is also an alias/)]);
    expect(
      problems((p) => {
        for (const e of p.entities) if (e.kind !== 'event') e.demonyms = ['Minian'];
      }),
    ).toContainEqual(expect.stringMatching(/demonym "Minian" is also entities\[0\]'s/));
  });
});
