import { array, assert, constantFrom, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithCapitalWord, sensitiveJunction } from '@/lib/dom/junction';
import { CAPITAL_WORD_END, sensitiveJunction as byRegExp } from './reference-blocks';

// The rules as block-builder.ts had them before (RegExps on the two nodes' texts), kept by the
// reference walk the block tests compare against.

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
  'À',
  'Þ',
  'ÿ',
  '×',
  '÷',
  'ª',
  'µ',
  '«',
  '\u00ad',
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

  it('answers as the RegExps do for every character of Latin-1 and General Punctuation', () => {
    for (let code = 0x80; code < 0x2030; code++) {
      if (code === 0x100) code = 0x2000;
      const ch = String.fromCharCode(code);
      for (const [before, after] of [
        ['Ab ', `${ch}b`],
        [`x ${ch}b `, 'Ab'],
        [`${ch}`, ' Ab'],
        ['Ab', ` ${ch}`],
      ] as const) {
        const text = before + after;
        const at = before.length;
        expect(sensitiveJunction(text, 0, at, text.length), `U+${code.toString(16)}`).toBe(
          byRegExp(before, after),
        );
      }
      expect(endsWithCapitalWord(`${ch}b `, 0, 3)).toBe(CAPITAL_WORD_END.test(`${ch}b `));
    }
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
