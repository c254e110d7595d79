/**
 * Readings of events added in #13's fifteenth pass, tuned on sets A–I (noun phrases only, as the
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

describe('"European" is the demonym of Europe, where the recognitions of Palestine took place', () => {
  it('places a happening before its head', () => {
    expect(
      events(
        'Spain and Norway had recognised Palestine a year earlier. Did the European recognitions change anything?',
      ),
    ).toEqual(['European recognitions→european-recognitions-of-palestine']);
    expect(
      events(
        'Belgium and Malta joined France on Palestine; the latest round of European recognitions angered Israel.',
      ),
    ).toEqual(['European recognitions→european-recognitions-of-palestine']);
  });

  it('is never linked itself', () => {
    const text = 'European diplomats spoke about Palestine at length.';
    expect(scanSeed(text).filter((m) => m.text === 'European')).toEqual([]);
  });
});

describe('an event word in "-ional" names its noun too', () => {
  it('reads "the constitution" as a word of the Constitutional Amendment', () => {
    expect(
      events(
        'Pakistan’s senate on Monday passed broad changes to the constitution that put one officer over the services.',
      ),
    ).toEqual(['changes to the constitution→pakistan-constitutional-amendment']);
  });

  it('and leaves a change to another text alone', () => {
    expect(
      events(
        'Pakistan’s senate on Monday passed broad changes to the budget that put money into the services.',
      ),
    ).toEqual([]);
  });
});

describe('"the signing of" an event names the happening where it was made', () => {
  it('reads the summit the knowledge base relates to the deal signed', () => {
    expect(
      events(
        'Trump flew to Egypt for the Gaza truce. Sharif stood behind him at the signing of the Gaza deal on Monday.',
      ),
    ).toContain('signing of the Gaza deal→sharm-el-sheikh-summit');
  });

  it('and nothing when no happening of that kind is related to what was signed', () => {
    expect(events('Pakistan welcomed the signing of the Abraham Accords in 2020.')).not.toContainEqual(
      expect.stringMatching(/summit/),
    );
  });
});

describe('a capitalised preposition in a Title Case headline', () => {
  const page = (headline: string) => `${headline}\n\nTrump spoke in Sharm el-Sheikh on Monday about Gaza.`;

  it('is no stranger’s name before an event’s phrase', () => {
    expect(events(page('Trump Praises Army Chief At Gaza Summit'))).toEqual([
      'Gaza Summit→sharm-el-sheikh-summit',
    ]);
  });

  it('while a capitalised name the knowledge base does not know still rules the phrase out', () => {
    expect(events(page('Trump Praises Army Chief At Davos Summit'))).toEqual([]);
  });
});
