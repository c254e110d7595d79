import { array, assert, constantFrom, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasAt, type AliasSpec } from '@/lib/match/dictionary';
import { findMatches } from '@/lib/match/matcher';
import { normalizeAlias, normalizeText, toOriginalRange } from '@/lib/match/normalize';

const specs: AliasSpec[] = [
  { text: 'Asim Munir', entity: 0, caseSensitive: false, needsContext: null },
  { text: 'Field Marshal Asim Munir', entity: 0, caseSensitive: false, needsContext: null },
  { text: 'Munir', entity: 0, caseSensitive: false, needsContext: 'surname' },
  { text: 'Munir Akram', entity: -1, caseSensitive: false, needsContext: null },
  { text: 'US', entity: 1, caseSensitive: true, needsContext: null },
  { text: 'U.S.', entity: 1, caseSensitive: true, needsContext: null },
  { text: 'Washington', entity: 1, caseSensitive: false, needsContext: 'capital' },
  { text: 'The Washington Post', entity: -1, caseSensitive: false, needsContext: null },
  { text: 'Washington State', entity: -1, caseSensitive: false, needsContext: null },
  { text: 'Pakistan', entity: 2, caseSensitive: false, needsContext: null },
  { text: 'Tehreek-e-Taliban Pakistan', entity: -1, caseSensitive: false, needsContext: null },
  { text: 'Iran–Israel war', entity: 3, caseSensitive: false, needsContext: null },
  { text: 'Iran', entity: 4, caseSensitive: false, needsContext: null },
  { text: 'Israel', entity: 5, caseSensitive: false, needsContext: null },
  { text: 'Sharif', entity: 6, caseSensitive: false, needsContext: 'surname' },
  { text: 'Nawaz Sharif', entity: -1, caseSensitive: false, needsContext: null },
  { text: 'Sharm el-Sheikh', entity: 7, caseSensitive: false, needsContext: null },
  { text: 'CNN-News18', entity: 8, caseSensitive: false, needsContext: null },
];
const dict = compileDictionary(specs);

/** The matched original substrings, with the alias each matched. */
function found(text: string): [string, string][] {
  const normalized = normalizeText(text);
  return findMatches(dict, normalized).map((m) => {
    const [start, end] = toOriginalRange(normalized, m.start, m.end);
    return [text.slice(start, end), aliasAt(dict, m.alias)];
  });
}

describe('normalisation', () => {
  it('makes typographic variants plain and keeps offsets into the original', () => {
    const text = 'Asim\u00a0Munir’s — Iran–Israel';
    const n = normalizeText(text);
    expect(n.text).toBe("Asim Munir's - Iran-Israel");
    expect(n.lower).toBe("asim munir's - iran-israel");
    expect(toOriginalRange(n, 0, 10)).toEqual([0, 10]);
  });

  it('drops soft hyphens and zero-width characters and folds compatibility forms, mapping back', () => {
    const text = 'Mu\u00adnir met ＵＳ officials on the ﬁeld';
    const n = normalizeText(text);
    expect(n.text).toBe('Munir met US officials on the field');
    const at = n.text.indexOf('field');
    const [start, end] = toOriginalRange(n, at, at + 5);
    expect(text.slice(start, end)).toBe('ﬁeld');
    const [s2, e2] = toOriginalRange(n, 0, 5);
    expect(text.slice(s2, e2)).toBe('Mu\u00adnir');
  });

  it('normalises aliases the same way, with single spaces', () => {
    expect(normalizeAlias('  Iran –  Israel  ')).toBe('Iran - Israel');
  });
});

describe('matching', () => {
  it('prefers the longest alias', () => {
    expect(found('Field Marshal Asim Munir arrived.')).toEqual([
      ['Field Marshal Asim Munir', 'field marshal asim munir'],
    ]);
  });

  it('matches whole words only, with possessives and dash compounds yielding mentions', () => {
    expect(found('Pakistani officials; Pakistan’s army; US-Pakistan ties; Iran–Israel; Munirs')).toEqual([
      ['Pakistan', 'pakistan'],
      ['US', 'US'],
      ['Pakistan', 'pakistan'],
      ['Iran', 'iran'],
      ['Israel', 'israel'],
    ]);
  });

  it('matches multi-word aliases across line breaks, extra spaces and typographic dashes', () => {
    expect(found('the Iran–Israel \n  war ended; Sharm el‑Sheikh summit')).toEqual([
      ['Iran–Israel \n  war', 'iran-israel war'],
      ['Sharm el‑Sheikh', 'sharm el-sheikh'],
    ]);
    expect(found('the Iran–Israel war')).toEqual([['Iran–Israel war', 'iran-israel war']]);
  });

  it('keeps acronyms case-sensitive and out of all-capitals runs', () => {
    expect(found('tell us; the US; the U.S. army; LET US KNOW; US TROOPS')).toEqual([
      ['US', 'US'],
      ['U.S.', 'U.S.'],
    ]);
  });

  it('lets confusables block the aliases they contain', () => {
    expect(found('Munir Akram and Nawaz Sharif read The Washington Post in Washington State.')).toEqual([]);
    expect(found('Tehreek-e-Taliban Pakistan claimed it; Pakistan denied it.')).toEqual([
      ['Pakistan', 'pakistan'],
    ]);
  });

  it('does not read a capital used as a place or dateline as its government', () => {
    expect(found('WASHINGTON, June 5 — Officials met in Washington. Washington said no.')).toEqual([
      ['Washington', 'washington'],
    ]);
    expect(found('Washington (Reuters) - the talks')).toEqual([]);
  });

  it('handles empty text, punctuation-only text and text ending mid-alias', () => {
    expect(found('')).toEqual([]);
    expect(found('—…!?')).toEqual([]);
    expect(found('Field Marshal Asim')).toEqual([]);
    expect(found('CNN-News18')).toEqual([['CNN-News18', 'cnn-news18']]);
  });
});

describe('offsets (property)', () => {
  const pieces = constantFrom(
    'Asim Munir',
    'Field Marshal Asim Munir',
    'Munir’s',
    'US',
    'U.S.',
    'us',
    'Pakistan',
    'Pakistani',
    'Iran–Israel war',
    'Sharm el\u2011Sheikh',
    'Nawaz Sharif',
    'Sharif',
    ' ',
    '  ',
    '\n',
    ', ',
    '. ',
    '\u00a0',
    '\u00ad',
    'ﬁ',
    '😀',
    'İ',
    'x',
    '—',
    'CNN-News18',
  );
  it('maps every match back to exactly an original substring that normalises to the alias', () => {
    assert(
      property(array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const normalized = normalizeText(text);
        for (const m of findMatches(dict, normalized)) {
          const [start, end] = toOriginalRange(normalized, m.start, m.end);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          const original = text.slice(start, end);
          const alias = aliasAt(dict, m.alias);
          const renormalized = normalizeAlias(original);
          expect(alias === alias.toLowerCase() ? renormalized.toLowerCase() : renormalized).toBe(alias);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalisation (property)', () => {
  // The rule, character by character: NFKC, typographic variants made plain, invisibles dropped.
  const reference = (text: string) =>
    Array.from(text)
      .filter((ch) => !/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(ch))
      .map((ch) =>
        ch
          .normalize('NFKC')
          .replace(/[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g, "'")
          .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
          .replace(/[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0085]/g, ' '),
      )
      .join('');
  const characters = constantFrom(
    'a',
    'Z',
    ' ',
    '’',
    '“',
    '—',
    '\u00a0',
    '…',
    'ﬁ',
    'Ａ',
    'é',
    'e\u0301',
    '\u00ad',
    '\u200b',
    '😀',
    '𝐀',
    'İ',
    'پ',
    'ﻼ',
    '\u3000',
    '½',
    'ß',
    'Σ',
  );
  it('the one-pass fast path agrees with the character-by-character rule, and offsets stay in range', () => {
    assert(
      property(array(characters, { maxLength: 30 }), (parts) => {
        const input = parts.join('');
        const n = normalizeText(input);
        expect(n.text).toBe(reference(input));
        expect(n.lower.length).toBe(n.text.length);
        // Without an offset map the lengths agree; with one, every offset points into the input.
        const offsets = n.starts === null ? [n.text.length] : [...n.ends!];
        expect(Math.max(0, ...offsets)).toBeLessThanOrEqual(input.length);
        expect(n.starts === null ? n.text.length : input.length).toBe(input.length);
      }),
      { numRuns: 1000 },
    );
  });
});
