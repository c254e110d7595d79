/**
 * Readings of events added in #13's twelfth pass, tuned on sets A–I (noun phrases only, as the
 * guide's rulings of 6 December label events). Sentences written for these tests, not taken from
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity", nested ones with their parent's text. */
function events(text: string): string[] {
  const mentions = scanSeed(text);
  return mentions
    .filter((m) => m.entity.kind === 'event')
    .map((m) => {
      const parent = m.parent === undefined ? '' : ` in ${mentions[m.parent]!.text}`;
      return `${m.text}→${m.entity.id}${parent}`;
    });
}

describe('an event named by its set name inside another event’s phrase nests in it', () => {
  it('"the plan to end the war in Gaza" holds the Gaza war', () => {
    const text =
      'Israel and Hamas fought for two years. Pakistan backed Trump’s plan to end the war in Gaza.';
    expect(events(text)).toEqual([
      'Trump’s plan to end the war in Gaza→gaza-ceasefire',
      'war in Gaza→gaza-war in Trump’s plan to end the war in Gaza',
    ]);
  });

  it('"the march over the Gaza ceasefire" holds the ceasefire', () => {
    const text =
      'Tehreek-e-Labbaik Pakistan was banned after its deadly march on the capital over the Gaza ceasefire.';
    expect(events(text)).toContain(
      'Gaza ceasefire→gaza-ceasefire in deadly march on the capital over the Gaza ceasefire',
    );
  });
});

describe('a day after its month dates a happening', () => {
  const page = 'Israel and Iran fought for twelve days in June, and the United States struck Iran. ';
  it('"the June 21 raids" are the US strikes (the day read before a head noun)', () => {
    expect(events(`${page}Pakistan condemned the June 21 raids within hours.`)).toContain(
      'June 21 raids→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('"the June 22 strikes" too: a night raid is dated a day apart across time zones', () => {
    expect(events(`${page}Oil rose after the June 22 strikes within hours.`)).toContain(
      'June 22 strikes→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('but not "the June 13 strikes", though "June" is a word of the strikes’ own name', () => {
    expect(events(`${page}Pakistan condemned the June 13 strikes within hours.`)).toEqual([]);
  });
});
