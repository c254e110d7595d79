/**
 * Names in all-capitals copy (wire flashes, TV tickers, headlines): a one-word state's name in
 * capitals is no acronym, so it is read beside other capitals, and an institution "OF" a name is
 * still an institution. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('one-word names in all-capitals copy', () => {
  for (const [text, phrase, entity] of [
    ['09:12 *OIL TANKERS REROUTE AS IRAN THREATENS SHIPPING LANES', 'IRAN', 'iran'],
    ['18:05 CRICKET BOARD SAYS INDIA WILL SEND NO TEAM TO THE TOURNAMENT', 'INDIA', 'india'],
  ] as const)
    it(`links "${phrase}" in "${text}"`, () => {
      expect(linksOver(text, phrase)).toContain(entity);
    });

  it('reads "THE TIMES OF INDIA" as a newspaper, not the state', () => {
    const text = 'THE TIMES OF INDIA Monday, 3 November 2025 News City World';
    expect(linksOver(text, 'INDIA')).toEqual([]);
  });
});
