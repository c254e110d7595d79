/**
 * Twelfth pass on names (issue #13): what right after a name, or right around a capital, says it
 * is not the state. No names are listed.
 *
 * - A small number after a state's or a capital's name makes another name: a channel, an index,
 *   a brand, a side's score ("France 24", "the Tel Aviv 35"). A year, a version, a clock's time
 *   and a date do not.
 * - A lower-case Arabic particle after a surname and before another name makes the surname a
 *   given name of someone else ("Sharif ul Haq").
 * - A capital named as its country's capital is the city ("Its capital city is Tehran").
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('a number after a name makes another name', () => {
  for (const [text, phrase, within] of [
    ['Viewers of France 24 saw the debate live; France itself stayed quiet.', 'France', 'France 24'],
    ['Israel and Iran traded fire, and Tel Aviv 35 futures fell before dawn.', 'Tel Aviv', 'Tel Aviv 35'],
    ['Pakistan and Qatar talked gas. The anchor of Qatar 24x7 asked about prices.', 'Qatar', 'Qatar 24x7'],
  ] as const)
    it(`"${within}" is no state`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('without the number the same sentence links the state', () => {
    const text = 'Iran and India signed a port deal. India beat the hosts to the contract.';
    expect(linksOver(text, 'India', 'India beat')).toEqual(['india']);
  });

  for (const [text, phrase, within, entity] of [
    [
      'Investors bought Pakistan 2031 bonds after the Iran ceasefire.',
      'Pakistan',
      'Pakistan 2031',
      'pakistan',
    ],
    [
      'Donald Trump took office again. Critics call it Trump 2.0, the era of tariffs.',
      'Trump',
      'Trump 2.0',
      'donald-trump',
    ],
    [
      'Iran and Pakistan spoke. ISLAMABAD 14 October: the talks resumed.',
      'ISLAMABAD',
      'ISLAMABAD 14 October',
      undefined,
    ],
  ] as const)
    it(`a year, a version or a date is no other name: "${within}"`, () => {
      const links = linksOver(text, phrase, within);
      // A dateline is the city by its own rule, with or without the number rule.
      expect(links).toEqual(entity ? [entity] : []);
    });
});

describe('an Arabic particle after a surname makes it another name', () => {
  it('"Sharif ul Haq" is not the prime minister', () => {
    const text =
      'Prime Minister Shehbaz Sharif spoke in Lahore.\n\nA reply came from Sharif ul Haq, a reader in Multan.';
    expect(linksOver(text, 'Sharif', 'Sharif ul Haq')).toEqual([]);
  });

  it("the prime minister's own surname still links", () => {
    const text = 'Prime Minister Shehbaz Sharif spoke in Lahore.\n\nLater Sharif left for Riyadh.';
    expect(linksOver(text, 'Sharif', 'Later Sharif')).toEqual(['shehbaz-sharif']);
  });
});

describe("a capital named as its country's capital is the city", () => {
  for (const [text, phrase] of [
    [
      'Pakistan borders India and Iran. Its capital city is Islamabad, and most people live in Punjab.',
      'Islamabad',
    ],
    ['Iran is a large country. Tehran is the capital of Iran and its busiest city.', 'Tehran'],
    ['Saudi Arabia hosts the pilgrims. The capital of Saudi Arabia is Riyadh, far from Mecca.', 'Riyadh'],
  ] as const)
    it(`"${phrase}" is no government in: ${text}`, () => {
      const links = linksOver(text, phrase);
      expect(links).not.toContain('pakistan');
      expect(links).not.toContain('iran');
      expect(links).not.toContain('saudi-arabia');
    });

  it('a capital acting is still its government', () => {
    const text = 'Pakistan and Iran spoke on Monday. Islamabad said the capital of the region was calm.';
    expect(linksOver(text, 'Islamabad')).toEqual(['pakistan']);
  });
});
