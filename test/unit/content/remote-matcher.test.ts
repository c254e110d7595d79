/**
 * Issue #19: a page whose blocks are matched in the background matches a batch itself when the
 * background declines it (its matcher went cold, the packs changed, the worker failed), so the
 * page neither waits on a cold worker nor leaves the batch unhighlighted; the matches are those
 * the background would have sent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COLD, createBlockMatcher } from '@/lib/background/match/block-matcher';
import type { MatcherPayload } from '@/lib/background/kb/service';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { deserializeDictionary, serializeDictionary } from '@/lib/match/serialize';
import { validatePack } from '@/lib/kb/validate-pack';
import { WINDOW } from '@/lib/match/window';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const sent: string[] = [];
let answer: (data: { version: string; texts: string[]; whole?: number[] }) => Promise<unknown>;
vi.mock('@/lib/messaging/client', () => ({
  askBackground: (name: string, data: { version: string; texts: string[]; whole?: number[] }) => {
    sent.push(name);
    return answer(data);
  },
}));
const { backgroundMatcher } = await import('@/entrypoints/content/remote-matcher');

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const payload: MatcherPayload = {
  version: 'seed@test',
  entities,
  dictionary: serializeDictionary(compileDictionary(aliases)),
};
const local = { dict: deserializeDictionary(payload.dictionary), entities };

const texts = [
  'Imran Khan met Asim Munir in Rawalpindi on Monday.',
  'The President of the United States spoke to the UN General Assembly.',
  'Nothing to see here.',
];
/** A window of a longer block, whose every match comes back for the page to cut. */
const window = `${'Imran Khan said so. '.repeat(Math.ceil(WINDOW / 20))}`.slice(0, WINDOW + 500);

describe("the page's side of matching in the background", () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it("matches a batch the background declines itself, with the background's matches", async () => {
    const background = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
    await background.warm();
    const expected = decodeBlockMatches(await background('seed@test', [...texts, window], [3]), 4);
    expect(expected.flat().length).toBeGreaterThan(3);
    answer = () => Promise.resolve({ ok: false, error: { code: 'unreachable', message: COLD } });
    const match = backgroundMatcher('seed@test', local);
    await expect(match([...texts, window], [3])).resolves.toEqual(expected);
    expect(sent).toEqual(['matchBlocks']);
  });

  it("takes the background's matches when it answers", async () => {
    const background = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
    await background.warm();
    answer = async ({ version, texts: asked, whole }) => ({
      ok: true,
      value: await background(version, asked, whole),
    });
    const match = backgroundMatcher('seed@test', { dict: compileDictionary([]), entities: [] });
    const found = await match(texts, []);
    expect(found[0]!.length).toBeGreaterThan(0);
    expect(sent).toEqual(['matchBlocks']);
  });

  it('stops matching a declined batch here once the page stops', async () => {
    answer = () => Promise.resolve({ ok: false, error: { code: 'unreachable', message: COLD } });
    let stopped = false;
    let asked = 0;
    // The scanner stops (the reader paused Backstory) after the first text is matched.
    const match = backgroundMatcher('seed@test', local, () => (asked++ > 0 ? (stopped = true) : stopped));
    const found = await match(texts, []);
    expect(stopped).toBe(true);
    expect(found).toHaveLength(1);
    expect(found[0]!.length).toBeGreaterThan(0);
  });
});
