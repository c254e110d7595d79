/**
 * Ninth pass on names (issue #13): general readings of capitals, no per-name lists.
 *
 * - A capital listed with places is a city: only a state or another capital makes a list one of
 *   governments ("Gaza, Tel Aviv and …" lists cities; "Washington and Tehran" are governments).
 *   After a comma, a verb starts a clause, not a list ("… reaches Gaza, Washington will …").
 *
 * Every sentence is written for this test; each names the state elsewhere, so a capital standing
 * for its government would link.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('a capital listed with places is the city', () => {
  for (const [text, phrase, within] of [
    [
      'Iran and Israel traded fire. The festival tours Gaza, London and Tehran next spring.',
      'Tehran',
      'and Tehran',
    ],
    [
      'Israel agreed to the talks. Our live page follows Sharm el-Sheikh, Gaza, Tel Aviv and Cairo all day.',
      'Tel Aviv',
      'Tel Aviv and',
    ],
    ['Iran condemned it. Studio credits: Berlin · London · Tehran · Lagos', 'Tehran', '· Tehran ·'],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  for (const [text, phrase, within, entity] of [
    [
      'Iran and the United States met again. Talks between Washington and Tehran resumed.',
      'Tehran',
      'and Tehran',
      'iran',
    ],
    [
      'The United States pledged aid. If the convoy ever reaches Gaza, Washington will claim the credit.',
      'Washington',
      'Washington will',
      'united-states',
    ],
  ] as const)
    it(`still links "${phrase}" in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toContain(entity);
    });
});
