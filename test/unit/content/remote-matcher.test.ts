/**
 * Issue #19: a page's blocks are matched in the background, and the page carries no matcher of
 * its own. A batch the worker refuses because the tab's frames have too many waiting is sent
 * again, later, until it is answered; any other failure is thrown (RemoteBlocks asks once more,
 * then leaves the batch unhighlighted), and nothing is asked again once the page stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBlockMatcher } from '@/lib/background/match/block-matcher';
import type { MatcherPayload } from '@/lib/background/kb/service';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { serializeDictionary } from '@/lib/match/serialize';
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

const texts = [
  'Imran Khan met Asim Munir in Rawalpindi on Monday.',
  'The President of the United States spoke to the UN General Assembly.',
  'Nothing to see here.',
];
/** A window of a longer block, whose every match comes back for the page to cut. */
const window = `${'Imran Khan said so. '.repeat(Math.ceil(WINDOW / 20))}`.slice(0, WINDOW + 500);

const refused = { ok: false, error: { code: 'quota-exceeded', message: 'Too many matching requests' } };

/** The worker's own answers (cold: it builds its matcher on the first batch). */
function worker() {
  const background = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
  return async ({
    version,
    texts: asked,
    whole,
  }: {
    version: string;
    texts: string[];
    whole?: number[];
  }) => ({
    ok: true,
    value: await background(version, asked, whole),
  });
}

describe("the page's side of matching in the background", () => {
  beforeEach(() => {
    sent.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("takes the background's matches, its matcher cold or warm", async () => {
    answer = worker();
    const match = backgroundMatcher('seed@test');
    const found = await match([...texts, window], [3]);
    expect(found).toHaveLength(4);
    expect(found[0]!.length).toBeGreaterThan(0);
    expect(found[3]!.length).toBeGreaterThan(3);
    expect(sent).toEqual(['matchBlocks']);
  });

  it('sends a batch the worker refused for a full queue again, and takes the later answer', async () => {
    vi.useFakeTimers();
    const answered = worker();
    let refusals = 2;
    answer = (data) => (refusals-- > 0 ? Promise.resolve(refused) : answered(data));
    const found = backgroundMatcher('seed@test')(texts, []);
    await vi.runAllTimersAsync();
    const expected = decodeBlockMatches((await answered({ version: 'seed@test', texts })).value, 3);
    await expect(found).resolves.toEqual(expected);
    expect(sent).toHaveLength(3);
  });

  it('keeps asking while the queue stays full until the page stops, and gives up at once on any other failure', async () => {
    vi.useFakeTimers();
    answer = () => Promise.resolve(refused);
    // Thirty refusals (well past the twelve tries that once gave up), then the page stops.
    const full = backgroundMatcher('seed@test', () => sent.length >= 30)(texts, []).catch(
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect(await full).toBeInstanceOf(Error);
    expect(String(await full)).toMatch(/Too many/);
    expect(sent).toHaveLength(30);
    sent.length = 0;
    answer = () => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'The packs changed' } });
    await expect(backgroundMatcher('seed@test')(texts, [])).rejects.toThrow(/packs changed/);
    expect(sent).toEqual(['matchBlocks']);
  });

  it('asks nothing again once the page stops', async () => {
    answer = () => Promise.resolve(refused);
    await expect(backgroundMatcher('seed@test', () => true)(texts, [])).rejects.toThrow(/Too many/);
    expect(sent).toEqual(['matchBlocks']);
  });
});
