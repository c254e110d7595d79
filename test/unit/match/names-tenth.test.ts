/**
 * Tenth pass on names (issue #13): general readings of role phrases, no per-name lists.
 *
 * - An appositive role phrase ("Pakistan's army chief, Field Marshal Asim Munir"; "Asim Munir,
 *   the army chief,") is an epithet of the holder it sits beside, a mention of its own (the corpus
 *   guide's ruling of 6 December 2026), when the knowledge base says that person holds the office.
 *
 * - A qualifier written with full stops ("the U.S. president") qualifies the title: the name's
 *   own full stop ends no sentence.
 * - A sentence opening "In New Delhi, …" ("In Islamabad it was read as …", "In New Delhi and Tel
 *   Aviv, nobody …") sets the scene for what a government or public thinks: the government, unless
 *   the city itself is described ("In Kabul, where …"). The ruling: a capital spoken of as a party.
 * - A capital is the city where a reporter or a camera is ("Hello from Washington", "pictures
 *   from Washington"), as a stop on a journey ("the Washington leg") and as the second end of a
 *   route ("the Jakarta–Islamabad route").
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

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

describe('a qualifier with full stops', () => {
  for (const phrase of ['the U.S. president', 'the U.S. leader'])
    it(`"${phrase}" is an epithet of the president the page names`, () => {
      const text = `Donald Trump met Shehbaz Sharif. Sharif called ${phrase} a man of peace.`;
      expect(mentions(text)).toContain(`${phrase}→donald-trump`);
    });
});

describe('a sentence opening "In <capital>," speaks of its government', () => {
  for (const [text, phrase, within, entity] of [
    [
      'India was not consulted. In New Delhi, the invitation was received coolly.',
      'New Delhi',
      'In New Delhi',
      'india',
    ],
    ['Pakistan was pleased. In Islamabad it was read as a reward.', 'Islamabad', 'In Islamabad', 'pakistan'],
    [
      'Israel kept quiet. In New Delhi and Tel Aviv, nobody believes that.',
      'Tel Aviv',
      'and Tel Aviv',
      'israel',
    ],
    [
      'The United States kept out. In Washington, Secretary of State Marco Rubio made calls.',
      'Washington',
      'In Washington',
      'united-states',
    ],
  ] as const)
    it(`"${within}" → ${entity}`, () => expect(linksOver(text, phrase, within)).toContain(entity));

  it('not when the city itself is described ("In Kabul, where …")', () => {
    const text = 'Afghanistan was silent. In Kabul, where the Taliban govern, prices rose.';
    expect(linksOver(text, 'Kabul')).not.toContain('afghanistan');
  });
});

describe('a capital where a reporter or a camera is, a stop or a route’s end is the city', () => {
  for (const [text, phrase, within] of [
    [
      'The United States hosted the talks. Hello from Washington. It was a busy week.',
      'Washington',
      'from Washington',
    ],
    [
      'The United States hosted Sharif. Remarkable pictures from Washington: Trump greeted him.',
      'Washington',
      'from Washington',
    ],
    [
      'The United States hosted the delegation. Bilawal-led delegation wraps up Washington leg.',
      'Washington',
      'Washington leg',
    ],
    ['Pakistan signed deals. Garuda studies Jakarta–Islamabad route.', 'Islamabad', 'Islamabad route'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).not.toContain(
        phrase === 'Islamabad' ? 'pakistan' : 'united-states',
      );
    });
});
