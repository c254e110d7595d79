/**
 * Readings of events added in #13's fourteenth pass, tuned on sets A–I (noun phrases only, as the
 * guide's rulings of 6 December label events). Sentences written for these tests, not taken from
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity". */
function events(text: string): string[] {
  return scanSeed(text)
    .filter((m) => m.entity.kind === 'event')
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('an event’s phrase in a line written wholly in capitals', () => {
  const ticker = (line: string) =>
    `Flash headlines as sent to subscribers.\n\n*TRUMP SAYS IRAN AND ISRAEL SHOULD TALK\n\n${line}\n\n*OIL EDGES LOWER`;

  it('reads its modifiers as words, not as strangers’ names', () => {
    expect(
      events(ticker('*KARACHI SHARES SLIP AS BORDER CONFLICT WITH PAKISTAN DRAGS ON, SAYS INDIA')),
    ).toEqual(['BORDER CONFLICT WITH PAKISTAN→india-pakistan-conflict']);
    expect(events(ticker('*PAKISTAN ARMY CHIEF TO GAIN POWERS UNDER CONSTITUTIONAL OVERHAUL'))).toEqual([
      'CONSTITUTIONAL OVERHAUL→pakistan-constitutional-amendment',
    ]);
  });

  it('reads what follows the head as it would in prose', () => {
    expect(events(ticker('*ISLAMABAD CONDEMNS U.S. ATTACKS ON IRAN NUCLEAR FACILITIES'))).toEqual([
      'U.S. ATTACKS ON IRAN NUCLEAR FACILITIES→us-strikes-on-iranian-nuclear-facilities',
    ]);
  });

  it('reads a demonym in capitals as the demonym it is', () => {
    expect(events(ticker('*PAKISTAN CONDEMNS ISRAELI STRIKES ON TEHRAN'))).toEqual([
      'ISRAELI STRIKES ON TEHRAN→twelve-day-war',
    ]);
  });

  it('still reads a stranger in prose as one', () => {
    expect(
      events(
        'Israel and Iran fought for twelve days in June. Later, Israeli raids on Khan Younis killed six.',
      ),
    ).toEqual([]);
  });

  it('and a month in capitals still dates the happening', () => {
    expect(events(ticker('*TEHRAN MARKS A YEAR SINCE JUNE STRIKES ON IRAN BY ISRAEL'))).toEqual([
      'JUNE STRIKES ON IRAN BY ISRAEL→twelve-day-war',
    ]);
    expect(events(ticker('*TEHRAN MARKS A YEAR SINCE JANUARY STRIKES ON IRAN BY ISRAEL'))).toEqual([]);
  });
});

describe('"the capital" in an event’s phrase', () => {
  it('places a happening in the capital of the state where it took place', () => {
    const text =
      'Tehreek-e-Labbaik Pakistan called its supporters onto the roads across Pakistan. Police blocked the march on the capital.';
    expect(events(text)).toEqual(['march on the capital→tlp-protests']);
  });

  it('but names no event that took place in no one state', () => {
    const text =
      'India and Pakistan traded fire for four days. Residents described the fighting in the capital.';
    expect(events(text)).toEqual([]);
  });
});
