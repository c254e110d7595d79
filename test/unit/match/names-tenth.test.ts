/**
 * Tenth pass on names (issue #13): general readings of role phrases, no per-name lists.
 *
 * - An appositive role phrase ("Pakistan's army chief, Field Marshal Asim Munir"; "Asim Munir,
 *   the army chief,") is an epithet of the holder it sits beside, a mention of its own (the corpus
 *   guide's ruling of 6 December 2026), when the knowledge base says that person holds the office.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe('an appositive role phrase is an epithet of the holder beside it', () => {
  for (const [text, epithet, name] of [
    [
      'The lunch was a first: Donald Trump hosted Pakistan’s army chief, Field Marshal Asim Munir, at the White House.',
      'Pakistan’s army chief→asim-munir',
      'Field Marshal Asim Munir→asim-munir',
    ],
    [
      'Officials said the plan came after consulting Field Marshal Asim Munir, the army chief, last week.',
      'the army chief→asim-munir',
      'Field Marshal Asim Munir→asim-munir',
    ],
    [
      'The leaders met in Egypt. Its army chief, Asim Munir, had lunch at the White House in June.',
      'army chief→asim-munir',
      'Asim Munir→asim-munir',
    ],
    [
      'Diplomats met on Monday. Michael Izhakov, the director general of Israel’s tourism ministry, shook hands.',
      'the director general of Israel’s tourism ministry→michael-izhakov',
      'Michael Izhakov→michael-izhakov',
    ],
  ] as const)
    it(`"${epithet}" beside "${name}"`, () => {
      const found = mentions(text);
      expect(found).toContain(epithet);
      expect(found).toContain(name);
    });

  it('not for a role phrase of another body before a name ("a … Congress leader, Daniel Rosen")', () => {
    const text =
      'Shehbaz Sharif spoke in New York. He also had a quiet word with an American Jewish Congress leader, Daniel Rosen.';
    expect(mentions(text).filter((m) => m.startsWith('leader'))).toEqual([]);
  });
});
