/**
 * A capital named as the city, not its government: a line of its own (a menu item, a byline's
 * place), a masthead after a dash, a market's city in brackets, a clock's time zone, one end of a
 * journey "from" it "to" another place, one city among "other cities", the fall of a city and a
 * withdrawal out of it. Every sentence is written for this test; each page also names the state,
 * so the capital would otherwise link.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeedHtml } from './seed-scan';

describe('capitals read as cities', () => {
  for (const [text, phrase, within] of [
    [
      'Egypt hosted the envoys. The exhibition tours from Cairo to Alexandria this winter.',
      'Cairo',
      'from Cairo to',
    ],
    ['Iran was struck. Jets hit Tehran and other cities before dawn.', 'Tehran', 'hit Tehran and'],
    ['Afghanistan changed in 2021. After the fall of Kabul, aid dried up.', 'Kabul', 'fall of Kabul'],
    [
      'Afghanistan was left to itself after the allies pulled out of Kabul in August.',
      'Kabul',
      'out of Kabul',
    ],
    ['Iran reopened its airspace. The flight lands at 06:10 Tehran time on Friday.', 'Tehran', 'Tehran time'],
    ['Israel led the gains. Index table: TA-35 (Tel Aviv) up 2.1 per cent.', 'Tel Aviv', '(Tel Aviv)'],
    ['Pakistan news.\nThe Frontier Courier — Islamabad · Quetta · Multan', 'Islamabad', '— Islamabad ·'],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('reads a capital that is a block of its own (a menu item) as the city', () => {
    const mentions = scanSeedHtml(
      '<html><body><ul><li>Home</li><li>Islamabad</li><li>Quetta</li></ul>' +
        '<p>Pakistan signed the accord on Monday.</p></body></html>',
    );
    expect(mentions.map((m) => m.text)).toEqual(['Pakistan']);
  });

  // The same words where the capital stands for its government still link.
  for (const [text, phrase, within, entity] of [
    [
      'Egypt was named. A message from Cairo to the mediators urged restraint.',
      'Cairo',
      'from Cairo',
      'egypt',
    ],
    [
      'Iran answered. Tehran and other capitals in the region condemned the raid.',
      'Tehran',
      'Tehran and',
      'iran',
    ],
  ] as const)
    it(`still links "${phrase}" in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toContain(entity);
    });
});
