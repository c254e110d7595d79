/**
 * Twenty-first pass on names (issue #13), read from set T's misses and checked on A–S.
 *
 * - Praise before "field marshal" ("my favourite field marshal", his "favorite field marshal")
 *   is the holder's epithet, as the guide's rulings of 7 December label it: from the determiner
 *   when it is unquoted or quoted with it (a person's possessive too: "Trump's favorite field
 *   marshal"), from inside the quotation marks otherwise. "A favourite
 *   field marshal" names nobody in particular.
 *
 * - "The Strip", capitalised, is Gaza named a second time (an alias needing Gaza on the page, as
 *   "Congress" needs the US Congress); "the Las Vegas Strip" and a lower-case "strip" are not.
 *
 * - A short form in words only a legislature takes ("members of Congress", "his address to
 *   Congress", "authorization from Congress") is the body without its full name on the page, and
 *   vouches for its other short forms there; India's party ("Congress leader", "the Congress")
 *   never stands in those words.
 *
 * - A capital after "written in" or "drafted in" is the government that wrote the text ("a plan
 *   written in Washington"), not the city.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

/** The mentions of `id` as their text, in order. */
const spansOf = (text: string, id: string) =>
  scanSeed(text)
    .filter((m) => m.entity.id === id)
    .map((m) => m.text);

describe("a field marshal's praise is his epithet", () => {
  const page = 'Field Marshal Asim Munir flew to Egypt.\n\n';
  it.each([
    [
      'At the summit Trump thanked "my favourite field marshal" from the stage.',
      'my favourite field marshal',
    ],
    ['Trump called the general his “favorite field marshal” twice.', 'favorite field marshal'],
    [
      'Trump called the general his favourite field marshal before the cameras.',
      'his favourite field marshal',
    ],
    ["Trump's favorite field marshal and the limits of flattery", "Trump's favorite field marshal"],
  ])('%s', (block, span) => expect(spansOf(page + block, 'asim-munir')).toContain(span));

  it('but not "a favourite field marshal"', () => {
    const block = 'Pakistan has had a favourite field marshal before, and it did not end well.';
    expect(spansOf(page + block, 'asim-munir')).toEqual(['Field Marshal Asim Munir']);
  });
});

describe('"the Strip" is Gaza on a page that names Gaza', () => {
  it('links the capitalised second naming', () => {
    const text =
      'A ceasefire took hold in Gaza on Friday.\n\nPakistan may send troops to the Strip next year.';
    expect(spansOf(text, 'gaza')).toEqual(['Gaza', 'Strip']);
  });

  it.each([
    'Pakistan may send troops to the Strip next year.',
    'Gaza was quiet. Then we flew to Nevada and walked the Las Vegas Strip at night.',
    'Gaza is a narrow strip of land by the sea.',
  ])('but not in "%s"', (text) => expect(spansOf(text, 'gaza').filter((s) => /strip/i.test(s))).toEqual([]));
});

describe("a legislature's frame names Congress without its full name", () => {
  it.each([
    'Human rights groups and some members of Congress objected to the lunch.',
    'Trump thanked Pakistan in his address to Congress in March.',
    'Several Democrats said the President should have sought authorization from Congress.',
    'India remains the long-term bet of both parties in Congress.',
  ])('%s', (text) => expect(spansOf(text, 'us-congress')).toEqual(['Congress']));

  it('and then vouches for a bare "Congress" elsewhere on the page', () => {
    const text =
      'Members of Congress learned of the lunch from the press.\n\nCongress cut aid to Pakistan in 1990.';
    expect(spansOf(text, 'us-congress')).toEqual(['Congress', 'Congress']);
  });

  it.each([
    'Congress slams the government after Trump praises Munir.',
    'Congress leader Jairam Ramesh asked why the prime minister was silent.',
    'The embargo was approved by Congress of Deputies in October.',
  ])('but not in "%s"', (text) => expect(spansOf(text, 'us-congress')).toEqual([]));
});

describe("a text written in a capital is its government's", () => {
  it.each(['a plan written in Washington', 'a plan drafted in Washington'])('%s', (phrase) => {
    const text = `The United States wants troops for Gaza. Pakistan may serve under ${phrase} for a strip of land.`;
    expect(linksOver(text, 'Washington')).toEqual(['united-states']);
  });
});
