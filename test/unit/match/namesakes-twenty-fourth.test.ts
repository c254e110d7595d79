/**
 * Twenty-fourth pass on namesakes and epithets (issue #13), read from A–W's wrong links:
 *
 * - A law's wording binds whoever holds an office, not the holder the page names: a role phrase
 *   before "shall" ("The President shall appoint …", "the Chief of Army Staff, who shall …") and
 *   after "on the advice of" is the office (sets L and O), as after "to be held by" already.
 * - A bare title alone on its line, or before a career note's "since", "from", ";" or "(", is a
 *   fact box's field, not a mention of the holder: "Prime Minister" above a name, "Army chief since
 *   2022" below one (sets G, B and L).
 * - A hyphen after a title joins it into another title: "the Secretary-General", "the
 *   president-elect" name someone else than the KB's secretary or president (set Q).
 * - "Forum" heads an institution's name like "Institute" or "Council": "Capitol South Asia Forum"
 *   in a Title Case masthead is a longer name (set W).
 * - A name given to someone by "called" or "named" ("two boys called Sharif", "a friend named
 *   Israel", "one called Shehbaz") is that person's given name, of a person or a state alike
 *   (sets U and W).
 *
 * Every sentence is written for this test; each case fails without its rule (checked by undoing
 * the rule's data and running this file).
 */
import { describe, expect, it } from 'vitest';
import { scanSeed, scanSeedHtml } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe("a law's wording names the office, not its holder", () => {
  const named = 'Shehbaz Sharif met Asim Munir and Donald Trump last week. ';
  it.each([
    [
      `${named}Under the draft, the Prime Minister shall nominate the new chairman.`,
      'the Prime Minister→shehbaz-sharif',
    ],
    [
      `${named}Section 9 says the army chief, who shall serve three years, may be reappointed.`,
      'the army chief→asim-munir',
    ],
    [
      `${named}Judges are named by the cabinet on the advice of the prime minister.`,
      'the prime minister→shehbaz-sharif',
    ],
  ])('%s', (text, link) => {
    expect(mentions(text)).not.toContain(link);
  });

  it('keeps the holder where no law speaks', () => {
    expect(
      mentions(`${named}On Friday the prime minister said he would nominate the new chairman.`),
    ).toContain('the prime minister→shehbaz-sharif');
  });
});

describe('a name given by "called" or "named" is a given name', () => {
  const named = 'Shehbaz Sharif and Donald Trump met in Egypt; Israel and India sent envoys. ';
  it.each([
    [`${named}The clinic registered three boys called Sharif that week.`, 'Sharif→shehbaz-sharif'],
    [`${named}Her cousin has a newborn named Trump, she told us.`, 'Trump→donald-trump'],
    [`${named}My old school friend named Israel now teaches in Leeds.`, 'Israel→israel'],
    [`${named}There were twins called India and Rose in the class.`, 'India→india'],
  ])('%s', (text, link) => {
    const inLastSentence = scanSeed(text).filter((m) => m.start >= named.length);
    expect(inLastSentence.map((m) => `${m.text}→${m.entity.id}`)).not.toContain(link);
  });

  it('keeps a name after "called" that names no one', () => {
    expect(mentions('Shehbaz Sharif flew home. Later he called Trump from Lahore.')).toContain(
      'Trump→donald-trump',
    );
  });
});

describe("a fact box's title names the office", () => {
  // A who's-who table: the name in one cell, the office beside it in the next.
  const page = (name: string, entry: string) =>
    scanSeedHtml(
      `<html><body><p>Shehbaz Sharif and Asim Munir met Donald Trump in June.</p>` +
        `<table><tr><td>${name}</td><td>${entry}</td></tr></table></body></html>`,
    ).map((m) => `${m.text}→${m.entity.id}`);
  it.each([
    ['Shehbaz Sharif', 'Prime Minister', 'Prime Minister→shehbaz-sharif'],
    ['Asim Munir', 'Army chief since 2022; promoted in May', 'Army chief→asim-munir'],
    ['Asim Munir', 'Field marshal (from May)', 'Field marshal→asim-munir'],
    ['Donald Trump', 'President; met the general twice', 'President→donald-trump'],
  ])('%s: %s', (name, entry, link) => {
    expect(page(name, entry)).not.toContain(link);
  });

  it('keeps a bare title that opens a headline about the holder', () => {
    const text = 'Shehbaz Sharif and Asim Munir met Donald Trump in June.\nArmy chief meets troops in Quetta';
    expect(mentions(text)).toContain('Army chief→asim-munir');
  });
});

describe('"Forum" heads a longer name in a Title Case line', () => {
  it("leaves the region inside the forum's name unlinked", () => {
    const text =
      'India and Pakistan are in South Asia.\nLahore South Asia Forum Announces Its Spring Programme';
    expect(mentions(text).filter((m) => m === 'South Asia→south-asia')).toHaveLength(1);
  });
});

describe('a hyphen joins a title into another one', () => {
  it.each([
    [
      'Marco Rubio met Sharif in May. Later the delegates thanked the Secretary-General for his report.',
      'the Secretary→marco-rubio',
    ],
    [
      'Donald Trump spoke on Monday. Aides of the president-elect of Chile said nothing.',
      'the president→donald-trump',
    ],
  ])('%s', (text, link) => {
    expect(mentions(text)).not.toContain(link);
  });
});
