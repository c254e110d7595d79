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

/**
 * The parts re-cut from the side's own text. jsdiff gives a shared part the spacing of one
 * side only, so a word added before the final "." left the other side reading "d ." (a space
 * the quote never had). Each part's visible characters are matched in order against `text`,
 * and the spaces between two parts become a shared part of their own: punctuation attaches as
 * written, and a marked word is not underlined into the space before it.
 */
function asWritten(text: string, parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  const add = (piece: string, kind: DiffPart['kind']) => {
    if (piece === '') return;
    const last = out.at(-1);
    if (last?.kind === kind) last.text += piece;
    else out.push({ text: piece, kind });
  };
  let at = 0;
  for (const part of parts) {
    const visible = part.text.replace(/\s+/g, '');
    if (visible === '') continue;
    const lead = /^\s*/.exec(text.slice(at))![0];
    add(lead, 'same');
    at += lead.length;
    let piece = '';
    for (let seen = 0; seen < visible.length && at < text.length; at++) {
      piece += text[at];
      if (!/\s/.test(text[at]!)) seen++;
    }
    add(piece, part.kind);
  }
  add(text.slice(at), 'same');
  return out;
}

export function wordDiff(before: string, after: string): WordDiff {
  const result = diffParts(before, after);
  return { ...result, before: asWritten(before, result.before), after: asWritten(after, result.after) };
}

function diffParts(before: string, after: string): WordDiff {
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
