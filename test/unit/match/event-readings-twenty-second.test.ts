/**
 * Readings of events added in #13's twenty-second events pass, tuned on sets A–U (noun phrases
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

const mayWar =
  'In May India and Pakistan fought for four days, and Pakistan called its answer by another name. ' +
  'Farmers on both sides of the border still talk about the nights of that week. ';

describe("India's strikes are Operation Sindoor, a one-sided happening", () => {
  it('reads strikes with India as their doer as the operation', () => {
    expect(
      events(mayWar, 'Villagers in Kotli described the Indian missile strikes on their valley.'),
    ).toEqual(['Indian missile strikes→operation-sindoor']);
    expect(events(mayWar, "A dossier listed India's strikes on Pakistan, hour by hour.")).toEqual([
      "India's strikes on Pakistan→operation-sindoor",
    ]);
  });

  it('does not read India as the doer where it was struck or is one of two sides', () => {
    expect(events(mayWar, 'Pakistan then ordered strikes on Indian air bases before dawn.')).toEqual([]);
    expect(events(mayWar, 'Analysts counted the Indian and Pakistani drone strikes of that week.')).toEqual(
      [],
    );
    // Days of strikes between two sides are their conflict, not either side's strikes (spanKinds).
    expect(events(mayWar, 'Four days of strikes between India and Pakistan ended with a truce.')).toEqual([
      'Four days of strikes between India and Pakistan→india-pakistan-conflict',
    ]);
  });

  it('reads a bare name, a head in "-s" and a count as a clause', () => {
    expect(events(mayWar, 'The headline read: India strikes nine sites across the border.')).toEqual([]);
  });
});
