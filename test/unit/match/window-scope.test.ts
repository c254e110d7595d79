/**
 * A long text is matched in windows of `WINDOW` characters, and a window is more than a cut: a
 * bare surname is decided against the nearest full name before it in the same window ("Trump"
 * after "Donald Trump" links by itself; alone it waits for the page's context, `open`). So
 * windows that started smaller (to spare the cold code of a page's first long block, issue #19)
 * would change what is linked, not only where the text is cut: on the 1 MB news text of the
 * benchmark, 8 KB windows changed 55 of its 4,180 matches. This pins the window's reach.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { matchShortText, matchText } from '@/lib/match/match-text';
import { createRecogniser } from '@/lib/match/phrases';
import { WINDOW, windowCuts } from '@/lib/match/window';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);
const recogniser = createRecogniser(dict, entities);

const FILLER = 'and so it went on, day after day, as it had before. ';
const filler = (length: number) => FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);

describe('the windows of a long text', () => {
  it('decide a bare surname by a full name 20 KB before it in the same window', () => {
    const text = `Donald Trump spoke. ${filler(20_000)} they would put forward Trump's name. ${filler(30_000)}`;
    expect(text.length).toBeGreaterThan(WINDOW); // matched window by window
    const surnameAt = text.indexOf("Trump's name");
    const [first] = [...windowCuts(text)];
    expect(first!.coreEnd).toBeGreaterThan(surnameAt); // the full name and the surname share a window
    const surname = matchText(dict, text, recogniser).find((m) => m.start === surnameAt);
    expect(surname).toBeDefined();
    expect(surname!.open).toBeUndefined();
    // Read in a window of its own, the same surname has no full name before it.
    const alone = matchShortText(dict, text.slice(surnameAt - 200, surnameAt + 200), recogniser);
    expect(alone.find((m) => m.start === 200)?.open).toBe(true);
  });
});
