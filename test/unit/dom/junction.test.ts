import { array, assert, constantFrom, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithCapitalWord, sensitiveJunction } from '@/lib/dom/junction';

// The rules as block-builder.ts had them before (RegExps on the two nodes' texts), verbatim.
const SPACE = /\s/;
const CAPITAL_WORD_END = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s*$/u;
const CAPITAL_START = /^\s*\p{Lu}/u;
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[at]!);
}
function startsWithCapital(text: string): boolean {
  let at = 0;
  while (at < text.length && isSpaceAt(text, at)) at++;
  if (at === text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITAL_START.test(text.slice(at, at + 2));
}
function byRegExp(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  if (!isSpaceAt(before, before.length - 1) && !isSpaceAt(after, 0)) return true;
  return startsWithCapital(after) && CAPITAL_WORD_END.test(before.slice(-40));
}

// ASCII and not: letters of both cases, white space of both kinds, the word's punctuation, a
// combining mark, a capital outside the BMP (a surrogate pair) and characters that end a word.
const pieces = [
  'a',
  'z',
  'K',
  'Q',
  'É',
  'é',
  'ß',
  '\u0301',
  '𝐀',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u2028',
  '.',
  "'",
  '’',
  '‘',
  '—',
  '–',
  '“',
  '”',
  '…',
  '\u2010',
  '\u2027',
  '-',
  '1',
  '(',
  '"',
  ',',
];
const texts = array(constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('where two text nodes meet (junction.ts)', () => {
  it('finds a capitalised word at the end as the RegExp does, for any text and look-back', () => {
    assert(
      property(texts, texts, (head, tail) => {
        const text = head + tail;
        expect(endsWithCapitalWord(text, head.length, text.length)).toBe(
          CAPITAL_WORD_END.test(tail.slice(-40)),
        );
      }),
      { numRuns: 20_000 },
    );
  });

  it('tells sensitive junctions apart as the RegExps do', () => {
    assert(
      property(texts, texts, texts, texts, (head, before, after, rest) => {
        const text = head + before + after + rest;
        const at = head.length + before.length;
        expect(sensitiveJunction(text, head.length, at, at + after.length)).toBe(byRegExp(before, after));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the examples it was written for', () => {
    const junction = (before: string, after: string) =>
      sensitiveJunction(before + after, 0, before.length, before.length + after.length);
    expect(junction('Ahmed Khan', 'Pakistan has')).toBe(true); // no space between
    expect(junction('President ', 'Donald Trump')).toBe(true); // capitalised words either side
    expect(junction('said ', 'Donald Trump')).toBe(false);
    expect(junction('Imran Khan', ' said')).toBe(false);
    expect(junction('(Reuters) ', 'Khan')).toBe(false);
    expect(junction('Ünal ', 'Khan')).toBe(true); // not ASCII: the RegExp answers
  });
});
