/**
 * Tenth pass on names (issue #13): general readings of role phrases, no per-name lists.
 *
 * - An appositive role phrase before a naming ("the army chief, Field Marshal Asim Munir") is an
 *   epithet of the holder it stands before, a mention of its own (the corpus guide's ruling of 6
 *   December 2026), when the knowledge base says that person holds the office.
 *
 * - A qualifier written with full stops ("the U.S. president") qualifies the title: the name's
 *   own full stop ends no sentence.
 * - A sentence opening "In Islamabad it was read as …" or "In New Delhi and Tel Aviv, nobody …"
 *   sets the scene for what a government or public thinks: the government (the ruling: a capital
 *   spoken of as a party), not "In Kabul, where …" or "In Islamabad, the police …".
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

describe('an appositive role phrase before a naming is an epithet of that holder', () => {
  for (const [text, epithet, name] of [
    [
      'The lunch was a first: Donald Trump hosted the army chief, Field Marshal Asim Munir, at the White House.',
      'the army chief→asim-munir',
      'Field Marshal Asim Munir→asim-munir',
    ],
    [
      'The leaders met in Egypt. Its army chief, Asim Munir, had lunch at the White House in June.',
      'Its army chief→asim-munir', // "its" is a state's before an army office (names-nineteenth)
      'Asim Munir→asim-munir',
    ],
    // A title the knowledge base files as the person's name ("Pakistan's army chief") is set off by
    // its comma as well: two mentions, not one running over the comma.
    [
      'Pakistan’s army chief, Field Marshal Asim Munir, was greeted warmly at the Pentagon.',
      'Pakistan’s army chief→asim-munir',
      'Field Marshal Asim Munir→asim-munir',
    ],
    [
      'Officials said Field Marshal Asim Munir, Pakistan’s army chief, would fly on to Tampa.',
      'Pakistan’s army chief→asim-munir',
      'Field Marshal Asim Munir→asim-munir',
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

describe('a sentence opening "In <capital>" speaks of what its government thinks', () => {
  for (const [text, phrase, within, entity] of [
    ['India was not consulted. In New Delhi it was read as an insult.', 'New Delhi', 'In New Delhi', 'india'],
    ['Pakistan was pleased. In Islamabad it was read as a reward.', 'Islamabad', 'In Islamabad', 'pakistan'],
    [
      'Israel and India kept quiet. In New Delhi and Tel Aviv, nobody believes that.',
      'Tel Aviv',
      'and Tel Aviv',
      'israel',
    ],
    [
      'Israel and India kept quiet. In New Delhi and Tel Aviv, nobody believes that.',
      'New Delhi',
      'In New Delhi',
      'india',
    ],
    [
      'Israel and the United States agreed. In Tel Aviv and Washington, it was read as an opening.',
      'Washington',
      'and Washington',
      'united-states',
    ],
  ] as const)
    it(`"${within}" → ${entity}`, () => expect(linksOver(text, phrase, within)).toContain(entity));

  for (const [text, phrase] of [
    ['Afghanistan was silent. In Kabul, where the Taliban govern, prices rose.', 'Kabul'],
    ['Pakistan held talks. In Islamabad, the police closed the Red Zone.', 'Islamabad'],
    ['Pakistan held talks. In Islamabad and Lahore, shops closed early.', 'Islamabad'],
  ] as const)
    it(`not "${phrase}" in "${text}"`, () =>
      expect(linksOver(text, phrase)).not.toContain(phrase === 'Kabul' ? 'afghanistan' : 'pakistan'));
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
