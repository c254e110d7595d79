/**
 * Ninth pass on names (issue #13): general readings of capitals, no per-name lists.
 *
 * - A capital listed with places is a city: only a state or another capital makes a list one of
 *   governments ("Gaza, Tel Aviv and …" lists cities; "Washington and Tehran" are governments).
 *   After a comma, a verb starts a clause, not a list ("… reaches Gaza, Washington will …").
 * - A capital describing an institution is where the institution is, the city ("a Washington
 *   policy research institute", "an Islamabad anti-terrorism court"), not after a verb's helper.
 * - Two states set against each other as a match's sides ("India beat Pakistan", "India v
 *   Pakistan") are teams, both of them (the corpus guide's ruling on teams).
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

describe('a capital describing an institution is the city', () => {
  for (const [text, phrase, within] of [
    [
      'The United States agreed. Her paper, from a Washington policy research institute, is out.',
      'Washington',
      'Washington policy',
    ],
    [
      'Pakistan protested. Yesterday an Islamabad anti-terrorism court heard the case.',
      'Islamabad',
      'an Islamabad',
    ],
    ['Iran agreed to talks. The Tehran metro ran late all week.', 'Tehran', 'Tehran metro'],
  ] as const)
    it(`does not link "${phrase}" to a government in "${within}"`, () => {
      expect(linksOver(text, phrase, within).filter((id) => id !== 'washington-dc')).toEqual([]);
    });

  for (const [text, phrase, within, entity] of [
    [
      'The United States agreed. Washington courts its allies with arms.',
      'Washington',
      'Washington courts',
      'united-states',
    ],
    ['Pakistan agreed. Islamabad will court investors in Dubai.', 'Islamabad', 'Islamabad will', 'pakistan'],
  ] as const)
    it(`still links "${phrase}" in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toContain(entity);
    });
});

describe('two states facing each other in a match are teams', () => {
  for (const [text, phrase, within] of [
    [
      'India and Pakistan traded fire in May. In the final, Pakistan beat India for once.',
      'Pakistan',
      'Pakistan beat',
    ],
    [
      'India and Pakistan traded fire in May. In the final, Pakistan beat India for once.',
      'India',
      'beat India',
    ],
    [
      'India and Pakistan traded fire in May. At the stadium, India v Pakistan drew a full house.',
      'India',
      'India v',
    ],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('still links states that fight rather than play', () => {
    const text = 'India and Pakistan traded fire in May, and India struck Pakistan again in June.';
    expect(linksOver(text, 'India', 'India struck')).toEqual(['india']);
    expect(linksOver(text, 'Pakistan', 'Pakistan again')).toEqual(['pakistan']);
  });
});
