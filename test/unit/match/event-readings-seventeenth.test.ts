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

describe('an event read inside a protest’s or a signing’s phrase', () => {
  /** Every mention of `text` as "text→entity", nested ones marked. */
  const all = (text: string) =>
    scanSeed(text).map((m) => `${m.text}→${m.entity.id}${m.parent !== undefined ? ' (nested)' : ''}`);

  it('nests the deal a march was against ("the march against the Gaza deal")', () => {
    const found = all('Pakistan backed the Gaza deal. The TLP march against the Gaza deal was crushed.');
    expect(found).toContain('TLP march against the Gaza deal→tlp-protests');
    expect(found).toContain('Gaza deal→gaza-ceasefire (nested)');
  });

  it('nests the deal signed at a summit ("the signing of the Gaza accord in Sharm el-Sheikh")', () => {
    const found = all('Sharif attended the signing of the Gaza accord in Sharm el-Sheikh on October 13.');
    expect(found).toContain('signing of the Gaza accord in Sharm el-Sheikh→sharm-el-sheikh-summit');
    expect(found.some((f) => f.startsWith('Gaza accord') && f.includes('→gaza-ceasefire (nested)'))).toBe(
      true,
    );
  });

  it('does not nest what a truce ended, where the labels split ("the truce that ended the fighting …")', () => {
    const found = all('Trump announced the truce that ended the fighting between Israel and Iran in June.');
    expect(found.some((f) => f.includes('→twelve-day-war (nested)'))).toBe(false);
  });
});
