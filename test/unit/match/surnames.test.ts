/**
 * A bare surname after the KB person's full name (issue #13, sixth pass): the word before it is
 * no other given name when it opens a sentence after a quotation, is a conjunction, or is a date;
 * a namesake's given name still blocks it.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The entity linked at the last occurrence of `word` in `text`, or undefined. */
function linkOfLast(text: string, word: string): string | undefined {
  const at = text.lastIndexOf(word);
  return scanSeed(text).find((m) => m.start <= at && m.end > at)?.entity.id;
}

describe('the word before a bare surname is not another given name', () => {
  for (const text of [
    // A sentence that opens after a closing quotation mark.
    'Donald Trump met him in June. “We were the only people both sides were calling.” When Trump announced the truce, the relief was palpable.',
    // A conjunction opening a clause.
    'Donald Trump praised Pakistan. Whether Trump delivers any of that is another matter.',
    // A weekday or a dated month.
    'Donald Trump spoke at the UN. On Monday Trump unveiled his plan for Gaza.',
    'Donald Trump hosted Munir in June, and in October Trump described him as his favourite.',
    'Donald Trump spoke in Egypt; on 13 October Trump praised the field marshal.',
  ]) {
    it(`${text.slice(text.lastIndexOf('Trump') - 20)}`, () =>
      expect(linkOfLast(text, 'Trump')).toBe('donald-trump'));
  }

  it('while another given name still makes another person', () => {
    const text = 'Donald Trump spoke at the UN. Later Ivana Trump was quoted in a magazine.';
    expect(linkOfLast(text, 'Trump')).toBeUndefined();
  });

  it('and a month alone may be a given name', () => {
    const text = 'Donald Trump spoke at the UN. The novelist April Trump was not related.';
    expect(linkOfLast(text, 'Trump')).toBeUndefined();
  });
});
