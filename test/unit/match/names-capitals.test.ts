/**
 * Names in lines written wholly in capitals (issue #13): tickers, flash headlines, kickers. The
 * case of a word there says nothing, so the words decide:
 *
 * - an acronym is itself ("US HAS STRUCK", "U.S. BASE") unless "US" reads as the pronoun ("LET US
 *   KNOW", "STAND WITH US");
 * - a capital that opens a clause, with a word after it, is a headline's subject ("TEHRAN SAYS"),
 *   not a dateline ("ISLAMABAD, JUNE 24 —") nor a city ("DOHA AIRSPACE CLOSED");
 * - a headline's verb before a surname is no given name ("SHARIF MEETS TRUMP"), but another
 *   given name still is ("NAWAZ SHARIF");
 * - one or two capitalised words and "shares" make a listed company ("TRUMP MEDIA SHARES"), and
 *   an occupation before a state's name makes it a person's given name ("ECONOMIST ISRAEL
 *   ZAMIR-COHEN"), in capitals as in prose.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

/** A page of prose naming the people and states, then the ticker line under test. */
const page = (line: string) =>
  `Donald Trump spoke to Shehbaz Sharif about Iran, Israel, Qatar and the United States.\n\n${line}`;

describe('acronyms in a line of capitals', () => {
  for (const [line, phrase] of [
    ['05:10 TRUMP SAYS US HAS STRUCK TWO SITES', 'US'],
    ['06:20 MISSILES FIRED AT US BASE NEAR DOHA', 'US'],
    ['07:30 *SHARIF: U.S. HAS KEPT ITS WORD', 'U.S.'],
  ] as const)
    it(`"${phrase}" in "${line}" is the United States`, () => {
      expect(linksOver(page(line), phrase, line)).toEqual(['united-states']);
    });

  for (const [line, within] of [
    ['LET US KNOW WHAT YOU THINK OF THE TALKS', 'LET US KNOW'],
    ['THANK YOU FOR STANDING WITH US', 'WITH US'],
    ['JOIN US LIVE AT NINE', 'JOIN US'],
  ] as const)
    it(`"US" in "${within}" is the pronoun`, () => {
      expect(linksOver(page(line), 'US', within)).toEqual([]);
    });
});

describe('a capital in a line of capitals', () => {
  it('opening a clause, with a word after it, is the government', () => {
    const line = '22:40 STRIKES CONTINUE; TEHRAN SAYS IT WILL NOT NEGOTIATE';
    expect(linksOver(page(line), 'TEHRAN', line)).toEqual(['iran']);
  });

  for (const [line, within] of [
    ['DOHA, JUNE 24 — TALKS RESUME', 'DOHA, JUNE'],
    ['08:05 DOHA AIRSPACE REOPENS AFTER ALERT', 'DOHA AIRSPACE'],
    ['09:15 FLIGHTS TO DOHA RESUME', 'TO DOHA'],
  ] as const)
    it(`is the city or a dateline in "${within}"`, () => {
      expect(linksOver(page(line), 'DOHA', within)).toEqual([]);
    });
});

describe('a surname after a word in capitals', () => {
  for (const line of ['SHARIF MEETS TRUMP', 'QATAR HOSTS TRUMP', 'QATAR PRAISES TRUMP'])
    it(`after a headline's verb is the person: "${line}"`, () => {
      expect(linksOver(page(line), 'TRUMP', line)).toEqual(['donald-trump']);
    });

  it('after another given name before a surname is still someone else', () => {
    expect(linksOver(page('NAWAZ SHARIF'), 'SHARIF', 'NAWAZ SHARIF')).toEqual([]);
  });
});

describe('longer names that capitals do not hide', () => {
  for (const [line, phrase] of [
    ['11:02 *TRUMP MEDIA SHARES SLIDE 6%', 'TRUMP'],
    ['12:14 *QATAR ENERGY SHARES CLIMB 2% IN LONDON', 'QATAR'],
    ['13:25 *BANK ECONOMIST ISRAEL MIZRAHI-LEVY: RATE CUT LIKELY', 'ISRAEL'],
  ] as const)
    it(`"${phrase}" in "${line}" is part of another name`, () => {
      expect(linksOver(page(line), phrase, line)).toEqual([]);
    });

  it('in prose too', () => {
    const line = 'The veteran economist Israel Mizrahi-Levy said Trump Media shares would fall.';
    expect(linksOver(page(line), 'Israel', 'Israel Mizrahi')).toEqual([]);
    expect(linksOver(page(line), 'Trump', 'Trump Media')).toEqual([]);
  });
});

/**
 * In a Title Case line every word is capitalised, so only a head word right after a name says it
 * is part of a longer one: a newsletter, a programme, a masthead ("The Qatar Brief", "The Gulf
 * Herald"). The rest of the headline still links ("Qatar Sends Envoy To Tehran Talks").
 */
describe('a head word right after a name in a Title Case line', () => {
  for (const [line, phrase] of [
    ['The Middle East Brief For Thursday Morning', 'Middle East'],
    ['Read More From The Gulf Herald Every Day', 'The Gulf'],
    ['Potomac Forum · United States Program · Events', 'United States'],
  ] as const)
    it(`"${phrase}" in "${line}" is part of another name`, () => {
      expect(linksOver(page(line), phrase, line)).toEqual([]);
    });

  it('a name two words before a head word is still the name (a menu: "Middle East Weekend Times")', () => {
    const line = 'Home · Middle East Weekend Times Opinion Video';
    expect(linksOver(page(line), 'Middle East', line)).toEqual(['middle-east']);
  });
});
