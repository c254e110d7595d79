/**
 * Readings of events added in #13's twentieth events pass, tuned on sets A–S (noun phrases
 * only). Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` after `page`, as "text→entity". */
function events(page: string, text: string): string[] {
  return scanSeed(`${page}${text}`)
    .filter((m) => m.entity.kind === 'event' && m.start >= page.length)
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('a change named by words of the amendment’s names is the amendment', () => {
  const page = 'Pakistan’s parliament passed the 27th Amendment in November. ';

  it('reads "the constitutional change" as the amendment', () => {
    expect(events(page, 'Critics say the constitutional change went too far.')).toEqual([
      'constitutional change→pakistan-constitutional-amendment',
    ]);
  });

  it('leaves a change without those words to the passport change, and a bare change to nothing', () => {
    const passports = 'Rumours said Pakistan had dropped the Israel line from its passports. ';
    expect(events(passports, 'Officials denied the change to Pakistani passports.')).toEqual([
      expect.stringMatching(/^change to Pakistani.*→pakistani-passport-wording-change$/),
    ]);
    expect(events(page, 'Critics say the change went too far.')).toEqual([]);
  });
});

describe('an operation known by its name is named by its own kind of happening', () => {
  const page = 'India says Operation Sindoor hit camps in May. ';

  it('reads "the Indian operation" and "India’s military operation" as Operation Sindoor', () => {
    expect(events(page, 'Pakistan says the Indian operation killed civilians.')).toEqual([
      'Indian operation→operation-sindoor',
    ]);
    expect(events(page, 'Pakistan says India’s military operation killed civilians.')).toEqual([
      expect.stringMatching(/military operation→operation-sindoor$/),
    ]);
  });

  it('but not an operation by another state', () => {
    expect(events(page, 'Pakistan says the Pakistani operation was a reply.')).toEqual([]);
  });
});
