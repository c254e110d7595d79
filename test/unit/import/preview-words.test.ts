/**
 * The import preview's sentences: importing one's own export says everything is already here
 * (and what differs) and offers no import button; the button says what it will do.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@/lib/import/plan';
import { noCounts } from '@/lib/import/plan-shape';
import {
  alreadyHereSentence,
  importAction,
  importedSentence,
  samePassageWords,
  samePassageSentence,
} from '@/lib/import/preview-words';

const counts = (c: Partial<ImportPreview['counts']>): ImportPreview['counts'] => ({ ...noCounts(), ...c });

describe('import preview words', () => {
  it('offers no button and says everything is here for one’s own export', () => {
    const own = counts({ unchanged: 12 });
    expect(importAction(own, 'skip', false)).toBeUndefined();
    expect(alreadyHereSentence('backstory.json', own)).toBe(
      'Everything in backstory.json is already here: 12 claims the same as yours.',
    );
  });

  it('says what differs: older versions kept, passages from another profile, unreadable items', () => {
    expect(alreadyHereSentence('f.json', counts({ unchanged: 3, kept: 1 }))).toBe(
      'Everything in f.json is already here: 3 claims the same as yours and 1 older version of claims you have edited since (yours is kept).',
    );
    expect(alreadyHereSentence('f.json', counts({ samePassage: 2, samePassageAdding: 1 }))).toMatch(
      /^Nothing in f.json is new to you: 2 passages you already have, marked in another browser or browser profile\. To add .* choose “Merge them into mine”\.$/,
    );
    expect(alreadyHereSentence('f.json', counts({ unchanged: 2, invalid: 1 }))).toMatch(
      /^Everything Backstory could read in f.json is already here: 2 claims the same as yours; 1 item could not be read/,
    );
  });

  it('names what the button does', () => {
    expect(importAction(counts({ new: 2, samePassageAdding: 1 }), 'skip', false)).toBe('Import 2 claims');
    expect(importAction(counts({ new: 2, samePassageAdding: 1 }), 'merge', false)).toBe(
      'Import 2 claims and merge 1',
    );
    expect(importAction(counts({ samePassageAdding: 1 }), 'merge', false)).toBe('Merge 1 claim into yours');
    expect(importAction(counts({ unchanged: 1 }), 'skip', true)).toBe('Replace my settings');
  });

  it('says merging would bring some same passages in as claims of their own (the preview skips)', () => {
    const some = counts({ samePassage: 2, samePassageAdding: 2, samePassageOwn: 1 });
    expect(importAction(some, 'merge', false)).toBe('Import 1 claim and merge 1');
    expect(importAction(some, 'skip', false)).toBeUndefined();
    expect(samePassageSentence(some)).toMatch(/Merging would bring one of them in as a claim of its own/);
  });

  it('counts the passages the reader already has in plain words, saying what a profile is once', () => {
    expect(samePassageWords(1)).toBe('on a passage you already have');
    expect(samePassageWords(3)).toBe('on passages you already have');
    expect(samePassageSentence(counts({ samePassage: 1 }))).toBe(
      '1 claim in the file is on a passage you already have (the same words on the same page, marked in another browser or in another profile of this browser: each browser profile keeps its own claims). It adds nothing to yours.',
    );

    expect(samePassageSentence(counts({}))).toBeUndefined();
    expect(samePassageSentence(counts({ samePassage: 3, samePassageAdding: 2 }))).toBe(
      '3 claims in the file are on passages you already have (the same words on the same page, marked in another browser or in another profile of this browser: each browser profile keeps its own claims). 2 have a note, tags or linked entities yours lack.',
    );
  });
});

// A newcomer read "Imported 0 new claims and updated 0 claims (…, 1 merged …)" as a merge that
// had not worked: what happened comes first.
describe('the sentence after an import', () => {
  it('leads with the merge when the merge is all that happened', () => {
    expect(importedSentence(counts({ samePassage: 1, samePassageAdding: 1 }), 'merge')).toBe(
      'Merged 1 claim from the file into yours on the same passage (0 unchanged, 0 skipped as invalid).',
    );
  });

  it('says the merge beside what was imported', () => {
    expect(importedSentence(counts({ new: 2, samePassage: 1, samePassageAdding: 1 }), 'merge')).toBe(
      'Imported 2 new claims and updated 0 claims, and merged 1 claim from the file into yours on the same passage (0 unchanged, 0 skipped as invalid).',
    );
  });

  it('keeps its old words when nothing was merged', () => {
    expect(importedSentence(counts({ new: 1 }), 'skip')).toBe(
      'Imported 1 new claim and updated 0 claims (0 unchanged, 0 skipped as invalid).',
    );
  });
});
