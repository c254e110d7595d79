/**
 * Twenty-fourth pass on namesakes and epithets (issue #13), read from A–W's wrong links:
 *
 * - A law's wording binds whoever holds an office, not the holder the page names: a role phrase
 *   before "shall" ("The President shall appoint …", "the Chief of Army Staff, who shall …") and
 *   after "on the advice of" is the office (sets L and O), as after "to be held by" already.
 *
 * Every sentence is written for this test; each case fails without its rule (checked by undoing
 * the rule's data and running this file).
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

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
