/**
 * Fifteenth pass on names (issue #13).
 *
 * - A bare "Congress" is the US Congress on a page that names Trump, who addressed it (a
 *   knowledge-base relation, so the page's naming of him vouches for the short form as it does
 *   for a capital). India's party keeps its own phrasing: "the Congress", "a Congress
 *   spokesperson", "Congress general secretary" (confusables of the alias, with "Congress party" and the rest).
 * - A bare surname right before another KB surname is a given name ("SHARIF KHAN, Islamabad":
 *   a reporter, not two people).
 * - A byline ("By MUNIR AHMED-SHAH and …") is a writer's name even in a line of capitals, where
 *   the Title Case exception would otherwise let the surname link.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('a bare "Congress" beside Trump is the US Congress', () => {
  it('links on a page that names Trump', () => {
    const text = 'Donald Trump praised Pakistan. Congress, wary as ever, asked for a briefing.';
    expect(linksOver(text, 'Congress')).toEqual(['us-congress']);
  });

  it('stays unlinked on a page that names neither Trump nor the US Congress', () => {
    const text = 'The delegates voted on Monday. Congress, wary as ever, asked for a briefing.';
    expect(linksOver(text, 'Congress')).toEqual([]);
  });

  for (const phrase of ['the Congress', 'a Congress spokesperson', 'the Congress general secretary'])
    it(`India's party: "${phrase}"`, () => {
      const sentence = `In New Delhi, ${phrase} criticised the government.`;
      const text = `Donald Trump praised Pakistan's army chief. ${sentence}`;
      expect(linksOver(text, 'Congress', sentence)).toEqual([]);
    });
});

describe('a surname before another surname is a given name', () => {
  it('"SHARIF KHAN, Islamabad" in a byline', () => {
    const text = 'SHARIF KHAN, Islamabad\nPrime Minister Shehbaz Sharif met the envoy on Monday.';
    expect(linksOver(text, 'SHARIF')).toEqual([]);
  });

  it('"Sharif Khan" in prose', () => {
    const text = 'Shehbaz Sharif spoke first. The economist Sharif Khan disagreed with him.';
    expect(linksOver(text, 'Sharif', 'Sharif Khan')).toEqual([]);
  });

  it('the surname alone still links', () => {
    const text = 'Shehbaz Sharif spoke first. Later Sharif met the envoy.';
    expect(linksOver(text, 'Sharif', 'Later Sharif')).toEqual(['shehbaz-sharif']);
  });
});

describe('a byline is a writer, however capitalised', () => {
  it('"By MUNIR AHMED-SHAH and …" in capitals', () => {
    const text =
      'What the overhaul means for the army\nBy MUNIR AHMED-SHAH and NADIA KHAN-ALVI · Updated 4:12 PM\nField Marshal Asim Munir spoke on Friday.';
    expect(linksOver(text, 'MUNIR')).toEqual([]);
  });

  it('"By Munir Ahmed-Shah and …" in Title Case', () => {
    const text =
      'What the overhaul means for the army\nBy Munir Ahmed-Shah and Nadia Khan-Alvi\nField Marshal Asim Munir spoke on Friday.';
    expect(linksOver(text, 'Munir', 'By Munir')).toEqual([]);
  });

  it('a headline in capitals with the surname still links', () => {
    const text = 'MUNIR MEETS TRUMP AT WHITE HOUSE\nField Marshal Asim Munir spoke on Friday.';
    expect(linksOver(text, 'MUNIR')).toEqual(['asim-munir']);
  });
});
