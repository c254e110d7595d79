/**
 * What changed between two wordings, word by word (jsdiff's word diff, which ignores changes
 * of spacing): the parts of each side, each marked as shared or as only on that side.
 */
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  /** `same`: in both; `only`: on this side only. */
  kind: 'same' | 'only';
}

export interface WordDiff {
  before: DiffPart[];
  after: DiffPart[];
  /** Whether anything differs (other than spacing). */
  changed: boolean;
}

export function wordDiff(before: string, after: string): WordDiff {
  const result: WordDiff = { before: [], after: [], changed: false };
  for (const change of diffWords(before, after, { ignoreCase: false })) {
    if (change.added) {
      result.after.push({ text: change.value, kind: 'only' });
      result.changed = true;
    } else if (change.removed) {
      result.before.push({ text: change.value, kind: 'only' });
      result.changed = true;
    } else {
      result.before.push({ text: change.value, kind: 'same' });
      result.after.push({ text: change.value, kind: 'same' });
    }
  }
  return result;
}
