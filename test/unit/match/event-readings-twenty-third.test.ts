/**
 * Readings of events added in #13's twenty-third events pass, tuned on sets A–V. Sentences
 * written for these tests, not taken from the corpus.
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
  'In May India and Pakistan fought for four days over Kashmir. ' +
  'Shopkeepers in Lahore still talk about the nights of that week. ';

describe("one side's answer in a war names the war (the retaliation kind)", () => {
  it("reads Pakistan's retaliation, counter-strikes and riposte as the India–Pakistan conflict", () => {
    expect(events(mayWar, "Markets steadied after Pakistan's counter-strikes on Indian air bases.")).toEqual([
      "Pakistan's counter-strikes on Indian air bases→india-pakistan-conflict",
    ]);
    expect(events(mayWar, 'Veterans wrote about the Pakistani riposte of 10 May.')).toEqual([
      'Pakistani riposte of 10 May→india-pakistan-conflict',
    ]);
  });

  it('names nothing where no war of that kind is known, or as "in retaliation for"', () => {
    const gulf = 'The United States bombed Fordow in June. ';
    expect(
      events(gulf, "Oil fell once Tehran's retaliation against a base in Qatar proved symbolic."),
    ).toEqual([]);
    // The strikes it answered are Operation Sindoor; the idiom itself names nothing.
    expect(
      events(mayWar, 'Pakistan fired missiles in retaliation for the Indian strikes.').filter((m) =>
        m.includes('retaliation'),
      ),
    ).toEqual([]);
  });
});

describe('a name given right after a phrase is the mention', () => {
  it('leaves "Pakistan\'s counter-offensive, Bunyan-um-Marsoos" to the name', () => {
    expect(
      events(mayWar, "Hackers used lures about Pakistan's counter-offensive, Bunyan-um-Marsoos, in June."),
    ).toEqual(['Bunyan-um-Marsoos→india-pakistan-conflict']);
    expect(events(mayWar, 'Then came the Pakistani counter-attack it called Bunyan-um-Marsoos.')).toEqual([
      'Bunyan-um-Marsoos→india-pakistan-conflict',
    ]);
  });

  it('still reads the phrase where "called" is said of it', () => {
    expect(events(mayWar, "Why is Pakistan's counter-attack called Bunyan-um-Marsoos?")).toEqual([
      "Pakistan's counter-attack→india-pakistan-conflict",
      'Bunyan-um-Marsoos→india-pakistan-conflict',
    ]);
  });
});

describe('strikes kept up for days are an exchange of fire (spanKinds)', () => {
  it('reads days of strikes between two sides as their conflict', () => {
    expect(
      events(mayWar, 'Four days of air and drone strikes between India and Pakistan closed the airspace.'),
    ).toEqual(['Four days of air and drone strikes between India and Pakistan→india-pakistan-conflict']);
    expect(events(mayWar, 'Insurers priced in four days of strikes between the two countries.')).toEqual([
      'four days of strikes between the two countries→india-pakistan-conflict',
    ]);
  });

  it('leaves strikes without a span of days to the strikes', () => {
    expect(events(mayWar, 'Air and drone strikes between India and Pakistan closed the airspace.')).toEqual(
      [],
    );
  });
});

describe('a clause giving how long a happening lasted', () => {
  it('reads "a war that lasted twelve days" as "a twelve-day war"', () => {
    expect(events('', 'Israel struck Iran in June, starting a war that lasted twelve days.')).toEqual([
      'war that lasted twelve days→twelve-day-war',
    ]);
    expect(events('', 'Israel and Iran were days into a war that would last 12 days.')).toEqual([
      'war that would last 12 days→twelve-day-war',
    ]);
  });

  it('gives no span where the clause says something else', () => {
    expect(events('', 'Israel struck Iran in June, starting a war that shocked the region.')).toEqual([]);
  });
});
