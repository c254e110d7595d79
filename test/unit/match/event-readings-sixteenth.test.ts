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
