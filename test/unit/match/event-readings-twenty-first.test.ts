/**
 * Readings of events added in #13's twenty-first events pass, tuned on sets A–T (noun phrases
 * only). Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` after `page`, as "text→entity". */
function events(page: string, text: string): string[] {
  return scanSeed(`${page}${text}`)
    .filter((m) => m.entity.kind === 'event' && m.start >= page.length)
    .map((m) => `${m.text}→${m.entity.id}`);
}

const bothWars =
  'In May India and Pakistan fought for four days. In June Israel and Iran fought for twelve. ' +
  'The museum tells both stories in its rooms, with objects lent by families and news agencies. ';

describe('"the two neighbours" are two states that border each other', () => {
  it('reads the neighbours as India and Pakistan, though Iran and Israel are a pair too', () => {
    expect(
      events(
        bothWars,
        'What followed was the worst fighting between the two nuclear-armed neighbours in decades.',
      ),
    ).toEqual(['fighting between the two nuclear-armed neighbours→india-pakistan-conflict']);
  });

  it('leaves "the two countries" to the sentence, as before, when both pairs are named', () => {
    expect(
      events(bothWars, 'What followed was the worst fighting between the two countries in decades.'),
    ).toEqual([]);
  });

  it('never reads Iran and Israel as neighbours', () => {
    const war = 'Israel and Iran fought for twelve days in June, and missiles fell on both. ';
    expect(events(war, 'Shipping insurers priced the conflict between the two neighbours.')).toEqual([]);
  });

  it('reads no round still to come as the war', () => {
    const war = 'India and Pakistan fought for four days in May. ';
    expect(
      events(war, 'A renewed round of hostilities between the two neighbours is the main risk.'),
    ).toEqual([]);
    expect(events(war, 'Another round of fighting between India and Pakistan is the main risk.')).toEqual([]);
  });
});

describe('demonyms joined by "and" before the head are all its agents', () => {
  const page = 'Israel and Iran fought for twelve days in June; the United States bombed Fordow. ';

  it('reads "Israeli and American strikes" as the war, not the US strikes', () => {
    expect(events(page, 'Pakistan condemned the Israeli and American strikes on Iran.')).toEqual([
      'Israeli and American strikes on Iran→twelve-day-war',
    ]);
    expect(events(page, 'Trade suffered during the twelve days of Israeli and American attacks.')).toEqual([
      expect.stringMatching(/Israeli and American attacks→twelve-day-war$/),
    ]);
  });

  it('still reads "American strikes on Iran" alone as the US strikes', () => {
    expect(events(page, 'Pakistan condemned the American strikes on Iran.')).toEqual([
      'American strikes on Iran→us-strikes-on-iranian-nuclear-facilities',
    ]);
  });
});
