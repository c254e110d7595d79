/**
 * Issue #19: in a build that matches pages in the background, the worker builds its block matcher
 * as soon as a page asks which matcher is current (before the page's first batch), warms it ahead
 * of need only once a page's own scan is over (the page's card and Seen elsewhere requests), and
 * matches a page's blocks cold or warm (pages have no matcher of their own). Whether it is warm is
 * tested on the block matcher itself (match-wire.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { MatcherPayload } from '@/lib/background/kb/service';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { serializeDictionary } from '@/lib/match/serialize';
import { contentPage as page, fakeBackground } from './fake-background';

vi.mock('@/lib/offthread-build', () => ({ OFFTHREAD_BUILD: true }));

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const payload: MatcherPayload = {
  version: 'v1',
  entities,
  dictionary: serializeDictionary(compileDictionary(aliases)),
};

function background() {
  const kb = {
    matcher: vi.fn(() => Promise.resolve(payload)),
    matcherManifest: () => Promise.resolve({ version: 'v1', mask: 0, rootMask: 0, layout: [], pieces: 1 }),
    card: () => Promise.resolve({ entity: { id: 'imran-khan' } }),
  };
  const handlers = fakeBackground(kb);
  return { kb, handlers };
}

describe('where pages match, in a build that can match them in the background', () => {
  it('builds the matcher when a page asks which is current, and matches its blocks', async () => {
    const { kb, handlers } = background();
    expect(kb.matcher).not.toHaveBeenCalled();
    await handlers['getMatcher']!({}, page);
    // Asked for the payload to build from, before any batch came.
    expect(kb.matcher).toHaveBeenCalled();
    const reply = (await handlers['matchBlocks']!(
      { version: 'v1', texts: ['Imran Khan'] },
      page,
    )) as number[];
    expect(decodeBlockMatches(reply, 1)[0]).toHaveLength(1);
  });

  it("warms the matcher once a page's scan is over", async () => {
    const { kb, handlers } = background();
    await handlers['getCardData']!({ ids: ['imran-khan'] }, page);
    expect(kb.matcher).toHaveBeenCalled();
    const reply = (await handlers['matchBlocks']!(
      { version: 'v1', texts: ['Imran Khan'] },
      page,
    )) as number[];
    expect(decodeBlockMatches(reply, 1)[0]).toHaveLength(1);
  });

  it("warms it after a top frame's Seen elsewhere report too", async () => {
    const { kb, handlers } = background();
    await handlers['reportPage']!({ text: 'Imran Khan', breaks: [] }, page);
    expect(kb.matcher).toHaveBeenCalled();
  });
});
