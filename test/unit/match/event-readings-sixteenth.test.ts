/**
 * Readings of events added or checked in #13's sixteenth pass, tuned on sets A–I. Sentences
 * written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity". */
function events(text: string): string[] {
  return scanSeed(text)
    .filter((m) => m.entity.kind === 'event')
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('"signing" as a head noun of a summit', () => {
  it('reads "the signing in Sharm el-Sheikh" as the summit held there', () => {
    expect(
      events(
        'Trump flew to Egypt for the Gaza truce. Sharif stood beside him at the signing in Sharm el-Sheikh on Monday.',
      ),
    ).toContain('signing in Sharm el-Sheikh→sharm-el-sheikh-summit');
  });

  it('does not read the signing of another pact as the summit, on a page that names the summit', () => {
    const page = 'Trump spoke in Sharm el-Sheikh on Monday about Gaza. ';
    expect(events(`${page}Sharif attended the signing of the Saudi defence pact.`)).toEqual([]);
    expect(events(`${page}Pakistan welcomed the signing of the defence pact with Saudi Arabia.`)).toEqual([]);
    expect(events(`${page}The signing of the Saudi pact was in Riyadh.`)).toEqual([]);
  });
});

describe('a capitalised small word before an event’s phrase', () => {
  const page = 'Israel and Iran fought in June; the US bombed Fordow on June 21. ';

  it('is a headline’s preposition in a Title Case line', () => {
    expect(events(`Pakistan Condemns Voices From Israeli Strikes\n\n${page}`)).toEqual([
      'Israeli Strikes→twelve-day-war',
    ]);
  });

  it('is part of a title the knowledge base does not know in prose', () => {
    expect(
      events(`${page}Al Jazeera aired the documentary Voices From Israeli strikes, filmed in Tehran.`),
    ).toEqual([]);
    expect(events(`${page}Al Jazeera aired a documentary about Israeli strikes, filmed in Tehran.`)).toEqual([
      'Israeli strikes→twelve-day-war',
    ]);
  });
});

describe('"to" before an adjective and a head noun is a preposition', () => {
  it('reads "contribute to stabilisation mission" as the force', () => {
    expect(
      events(
        'Pakistan and Turkey may send soldiers to Gaza. Ankara and Islamabad signal readiness to contribute to stabilisation mission, but Israel objects.',
      ),
    ).toContain('stabilisation mission→gaza-stabilisation-force');
  });

  it('while "to" right before the head is still an infinitive', () => {
    expect(
      events('Pakistan and Turkey may send soldiers to Gaza. Islamabad is ready to force the issue in Gaza.'),
    ).toEqual([]);
  });
});

describe('"new" after a possessive or "the" is a happening made, not one to come', () => {
  const page = 'Pakistan passed the 27th Amendment in November, making Munir chief of defence forces. ';

  it('reads "its new constitutional amendment"', () => {
    expect(
      events(`${page}Critics say its new constitutional amendment makes the field marshal untouchable.`),
    ).toContain('new constitutional amendment→pakistan-constitutional-amendment');
  });

  it('and still not "a new constitutional amendment"', () => {
    expect(
      events(`${page}Critics fear a new constitutional amendment could make the field marshal untouchable.`),
    ).toEqual(['27th Amendment→pakistan-constitutional-amendment']);
  });
});

describe('an office as the object of a nomination verb', () => {
  const page = 'Trump bombed Iran in June. Pakistan moved quickly. ';

  it('names its holder, qualified by the state before it', () => {
    expect(
      events(
        `${page}Its government replied by recommending the US president for the Nobel Peace Prize, citing his role.`,
      ),
    ).toEqual(['recommending the US president for the Nobel Peace Prize→trump-nobel-nomination']);
  });

  it('and no one when the state’s office has no such holder', () => {
    expect(
      events(
        `${page}Its government replied by recommending the Indian president for the Nobel Peace Prize, citing his role.`,
      ),
    ).toEqual([]);
  });
});
