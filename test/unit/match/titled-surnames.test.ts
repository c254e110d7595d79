/**
 * A bare surname right after a title its knowledge-base bearer holds (issue #13, seventh pass):
 * the office names him as surely as a given name, so the page need not name him in full. A past
 * holder ("former PM Sharif") or an office of another state is someone else.
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

describe('a title before a bare surname', () => {
  it('names the holder in a wire flash: "PAKISTAN PM SHARIF"', () => {
    const text =
      "14:22 *PAKISTAN PM SHARIF: TRUMP IS 'MAN OF PEACE'\n14:25 *SHARIF: PAKISTAN WILL NOMINATE TRUMP";
    expect(linksAt(text, 'PM SHARIF')).toContain('shehbaz-sharif');
    // And, named so, the bare surname after it too.
    expect(linksAt(text, '*SHARIF')).toEqual(['shehbaz-sharif']);
  });

  it('names the holder in apposition: "Iran\'s military chief, General Mousavi"', () => {
    const text = "After the ceasefire, Iran's military chief, General Mousavi, calls Munir to say thank you.";
    expect(linksAt(text, 'General Mousavi')).toEqual(['abdolrahim-mousavi']);
  });

  it('but not a past holder: "former PM Sharif"', () => {
    const text = 'The former PM Sharif spent the Kargil summer pleading with Washington.';
    expect(linksAt(text, 'Sharif')).toEqual([]);
  });

  it('nor the holder of another state’s office: "Israeli PM Sharif" is nobody the KB holds', () => {
    const text = 'A novel imagines Israeli PM Sharif meeting his cabinet.';
    expect(linksAt(text, 'Sharif')).toEqual([]);
  });
});

describe('the secretary of state’s role phrase', () => {
  it('"the Secretary" after Marco Rubio is named', () => {
    const text = 'Marco Rubio called Shehbaz Sharif. The Secretary thanked the Prime Minister.';
    expect(linksAt(text, 'The Secretary')).toEqual(['marco-rubio']);
  });
});
