/**
 * Words beside a name that are not part of it (issue #13, seventh pass): a word in capitals before
 * a name in ordinary case is the page's label ("JUST IN Trump"), an ordinary word after a list's
 * separator opens an item ("· How Trump came …"), and a title in lower case leaves the name after
 * it a name ("the so-called field marshal Asim Munir"). A bare title opening a sentence before a
 * comma addresses someone ("General, last word.") and stands for no one.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The entities linked over the last occurrence of `phrase` in `text`. */
function linksAt(text: string, phrase: string): string[] {
  const at = text.lastIndexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return scanSeed(text)
    .filter((m) => m.start < at + phrase.length && m.end > at)
    .map((m) => m.entity.id);
}

describe('a capitalised word before a surname that is no given name', () => {
  it('a label in capitals: "JUST IN Trump repeats"', () => {
    const text = 'Donald Trump spoke at the UN.\nJUST IN Trump repeats claim he stopped a war';
    expect(linksAt(text, 'Trump repeats')).toEqual(['donald-trump']);
  });

  it('while a given name written like the surname still makes another person', () => {
    const text = 'Donald Trump spoke at the UN.\nJUST IN Ivana Trump writes a book';
    expect(linksAt(text, 'Trump writes')).toEqual([]);
  });

  it('an ordinary word opening an item after a separator: "· How Trump came"', () => {
    const text = 'Donald Trump spoke. More coverage: a profile · How Trump came to like Pakistan';
    expect(linksAt(text, 'Trump came')).toEqual(['donald-trump']);
  });
});

describe('a title in lower case before a full name', () => {
  it('leaves the name a name', () => {
    const text = 'Tonight, the so-called field marshal Asim Munir is about to become powerful.';
    expect(linksAt(text, 'Asim Munir')).toEqual(['asim-munir']);
  });
});

describe('a bare title that addresses someone', () => {
  it('"General, last word." is no role phrase', () => {
    const text = 'Asim Munir was promoted in May.\n\nANCHOR\nGeneral, last word. Is there a risk?';
    expect(linksAt(text, 'General,')).toEqual([]);
  });

  it('while a title opening a headline still is', () => {
    const text = 'Asim Munir was promoted in May.\nField marshal meets troops in Quetta';
    expect(linksAt(text, 'Field marshal')).toEqual(['asim-munir']);
  });
});
