/**
 * The compare view's word diff gives each side back exactly as written: no space before a
 * quote's closing punctuation, whichever side gained or lost words before it.
 */
import { describe, expect, it } from 'vitest';
import { wordDiff } from '@/lib/claims/word-diff';

const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

const pairs: [string, string][] = [
  ['The vote passed.', 'The vote passed narrowly.'],
  ['He said no, then left', 'He said no thanks, then left'],
  ['She called it “a lie”', 'She called it “a damned lie”'],
  ['Was it true?', 'Was it really true?'],
  ['A b c d.', 'A b c d e f.'],
  ['Police arrested him on Friday.', 'He was arrested.'],
];

describe('word diff', () => {
  it.each(pairs)('keeps both sides as written: %s | %s', (before, after) => {
    for (const [a, b] of [
      [before, after],
      [after, before],
    ] as const) {
      const diff = wordDiff(a, b);
      expect(joined(diff.before)).toBe(a);
      expect(joined(diff.after)).toBe(b);
      expect(diff.changed).toBe(true);
    }
  });

  it('marks only the words that differ, not the spaces around them', () => {
    const { after } = wordDiff('The vote passed.', 'The vote passed narrowly.');
    expect(after).toEqual([
      { text: 'The vote passed ', kind: 'same' },
      { text: 'narrowly', kind: 'only' },
      { text: '.', kind: 'same' },
    ]);
  });

  it('says nothing changed when only spacing differs', () => {
    expect(wordDiff('a  b.', 'a b.').changed).toBe(false);
  });
});
