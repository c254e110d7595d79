/**
 * Readings of events added or checked in #13's seventeenth pass, tuned on sets A–I (noun phrases
 * only). Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity". */
function events(text: string): string[] {
  return scanSeed(text)
    .filter((m) => m.entity.kind === 'event')
    .map((m) => `${m.text}→${m.entity.id}`);
}

const page = 'Pakistan said Donald Trump had ended the war. ';

describe('words of an event’s names ending a prepositional phrase', () => {
  it('read "the nomination for the Nobel Peace Prize" as the nomination', () => {
    expect(events(`${page}The nomination for the Nobel Peace Prize was the next step.`)).toContain(
      'nomination for the Nobel Peace Prize→trump-nobel-nomination',
    );
    expect(events(`${page}Islamabad called the recommendation for the Nobel a gesture.`)).toContain(
      'recommendation for the Nobel→trump-nobel-nomination',
    );
  });

  it('stop before a head noun after them ("the call for the peace summit")', () => {
    const found = events('Sharif backed the call for the peace summit in Sharm el-Sheikh.');
    expect(found).toContain('peace summit in Sharm el-Sheikh→sharm-el-sheikh-summit');
    expect(found.some((f) => f.startsWith('call'))).toBe(false);
  });

  it('do not make a phrase of adjectives that are not such words ("the nomination for the brave")', () => {
    expect(events(`${page}The nomination for the brave was a joke.`)).toEqual([]);
  });
});

describe('a compound of words of an event’s names before the head', () => {
  it('reads "the peace-prize nomination" as the nomination', () => {
    expect(events(`${page}Ministers said the peace-prize nomination recognised his role.`)).toContain(
      'peace-prize nomination→trump-nobel-nomination',
    );
  });

  it('not a compound with another word ("the film-prize nomination")', () => {
    expect(events(`${page}Ministers said the film-prize nomination recognised his role.`)).toEqual([]);
  });
});

describe('a word of doubt before a planned happening', () => {
  const forcePage = 'Trump’s plan provides for an international force in Gaza. ';

  it('leaves a force real ("troops for a possible Gaza mission")', () => {
    expect(events(`${forcePage}Indonesia readies thousands of troops for possible Gaza mission.`)).toContain(
      'possible Gaza mission→gaza-stabilisation-force',
    );
  });

  it('still makes a war hypothetical ("a possible war with India")', () => {
    expect(events('Pakistan and India fought in May. Pakistan fears a possible war with India.')).toEqual([]);
  });
});

describe('lower-case words of an event’s names after a preposition', () => {
  it('are adjectives of a noun, not the end of the phrase ("Pakistan’s travel document")', () => {
    const text = 'Pakistan issues new passports. Officials denied an edit to Pakistan’s travel document.';
    expect(events(text)).toEqual(['edit to Pakistan’s→pakistani-passport-wording-change']);
  });
});
