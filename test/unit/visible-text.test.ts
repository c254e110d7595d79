/**
 * A file's own words quoted in a problem line: what hides or reorders text is shown as a code,
 * the cut never falls inside a code, and the joiners Persian, Urdu, Hindi and emoji need
 * between their letters stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { isolatedQuote, visibleText, visibleWords } from '@/lib/visible-text';

describe('visibleText', () => {
  it('cuts before a code it wrote, never inside it', () => {
    expect(visibleText('ab\u202Ecdef', 6)).toBe('ab…');
    expect(visibleText('abc\u202E', 12)).toBe('abc<U+202E>');
    for (let max = 2; max < 40; max++) {
      const shown = visibleText(`x\u2067${'y'.repeat(5)}\u200B\u202Ez`.repeat(3), max);
      expect(shown.length).toBeLessThanOrEqual(max);
      // Every "<U+" opened is closed.
      expect(shown.replace(/<U\+[0-9A-F]{4,6}>/g, '')).not.toMatch(/</);
    }
  });

  it('keeps the zero-width (non-)joiners between letters and in emoji', () => {
    for (const word of [
      'می\u200Cخواهم', // Persian "I want": ZWNJ after the prefix
      'ہم\u200Cسفر', // Urdu
      'क्\u200Dष', // Hindi: a half form, ZWJ after the virama
      '👩\u200D💻', // woman technologist
      '🏳\uFE0F\u200D🌈', // rainbow flag
    ])
      expect(visibleWords(word, 40)).toBe(word);
    // Messages between Backstory's own parts (the content script's) spell every one out.
    expect(visibleText('می\u200Cخواهم', 40)).toBe('می<U+200C>خواهم');
  });

  it('still shows bidi controls and joiners that join nothing as codes', () => {
    expect(visibleWords('\u2067abc\u2069', 40)).toBe('<U+2067>abc<U+2069>');
    expect(visibleWords('a\u200D b', 40)).toBe('a<U+200D> b');
    expect(visibleWords('\u200Cab', 40)).toBe('<U+200C>ab');
    expect(visibleWords('ab\u200D', 40)).toBe('ab<U+200D>');
    expect(visibleWords('👍🏽\u200D', 40)).toBe('👍🏽<U+200D>');
    expect(visibleWords('a\u200B\u200Db', 40)).toBe('a<U+200B><U+200D>b');
  });

  it('shows joiners between letters of scripts that never use them as codes (look-alike names)', () => {
    expect(visibleWords('Ali\u200Cce', 40)).toBe('Ali<U+200C>ce');
    expect(visibleWords('Bo\u200Db', 40)).toBe('Bo<U+200D>b');
    expect(visibleWords('Алиса\u200C', 40)).toBe('Алиса<U+200C>');
    expect(visibleWords('Ал\u200Dиса', 40)).toBe('Ал<U+200D>иса');
    expect(visibleWords('e\u0301\u200Cx', 40)).toBe('e\u0301<U+200C>x');
    // Between a script that uses them and one that does not, one joins nothing either.
    expect(visibleWords('م\u200Ca', 40)).toBe('م<U+200C>a');
    expect(visibleWords('a\u200D👍', 40)).toBe('a<U+200D>👍');
    // A non-joiner inside an emoji sequence is no part of one.
    expect(visibleWords('👩\u200C💻', 40)).toBe('👩<U+200C>💻');
  });
});

describe('isolatedQuote', () => {
  it('keeps a pop or other bidi control in the quote from closing its isolate early', () => {
    const quoted = isolatedQuote('abc\u2069 \u202Edef', 60);
    expect(quoted).toBe('\u2068abc<U+2069> <U+202E>def\u2069');
    // Exactly one isolate, opened first and closed last.
    expect(quoted.match(/[\u2066-\u2069]/g)).toEqual(['\u2068', '\u2069']);
  });

  it('keeps the page’s words (joiners too), cut by characters', () => {
    expect(isolatedQuote(' می\u200Cخواهم ', 60)).toBe('\u2068می\u200Cخواهم\u2069');
    expect(isolatedQuote('😀'.repeat(70), 60)).toBe(`\u2068${'😀'.repeat(59)}…\u2069`);
  });
});
