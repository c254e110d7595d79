/**
 * Longer names the run rule now sees: a name that is itself a head word "of" another name (a
 * gulf of a sea, and the state after it), a state's name before an office word that heads no
 * office but an institution ("… Premier League", "… Defense Forces"), and an institution named
 * for two states joined by a hyphen ("… Institute"). Every sentence is written
 * for this test; each also names the KB entity elsewhere, so it would otherwise link.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('names inside longer names', () => {
  for (const [text, phrase, within] of [
    [
      'Oil from the Gulf was delayed. Shipping notice: Gulf of Aden convoy sails today.',
      'Gulf',
      'Gulf of Aden',
    ],
    ['Oman mediated. Tankers avoid Gulf of Oman after a mine alert.', 'Oman', 'Gulf of Oman'],
    ['Oman mediated. Tankers avoid Gulf of Oman after a mine alert.', 'Gulf', 'Gulf of Oman'],
    [
      'Kashmir stayed calm. Kashmir Premier League returns after a break.',
      'Kashmir',
      'Kashmir Premier League',
    ],
    [
      'Israel was warned. The Israel Defense Forces said drones were downed.',
      'Israel',
      'Israel Defense Forces',
    ],
    [
      'China and Pakistan signed. A director of the Pakistan-China Institute spoke.',
      'Pakistan',
      'Pakistan-China Institute',
    ],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  for (const [text, phrase, within, entity] of [
    [
      'Israel struck back. Israel Defense Minister Israel Katz spoke.',
      'Israel',
      'Israel Defense Minister',
      'israel',
    ],
    ['The Gulf states met. Leaders of the Gulf met in Riyadh.', 'Gulf', 'the Gulf met', 'the-gulf'],
    [
      'Pakistan and China talked. Pakistan-China ties deepened this year.',
      'Pakistan',
      'Pakistan-China ties',
      'pakistan',
    ],
  ] as const)
    it(`still links "${phrase}" in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toContain(entity);
    });
});
