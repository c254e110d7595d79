import { describe, expect, it } from 'vitest';
import { isBlank } from '@/lib/dom/scan-nodes';

describe('blank blocks (skipped by the scanner: nothing can match in them)', () => {
  it('are white space only, as \\s says', () => {
    for (const text of ['', ' ', '\n\t  \r\n', '\u00a0', ' \u2003\u3000 ', '\ufeff', '\u2028\u2029'])
      expect([text, isBlank(text)]).toEqual([text, /^\s*$/.test(text)]);
    for (const text of ['a', ' \n x', '\u00a0Imran', '.', '\u200b', ' ١ ', '\u00ad'])
      expect([text, isBlank(text)]).toEqual([text, false]);
  });
});
