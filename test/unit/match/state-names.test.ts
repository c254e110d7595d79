/**
 * States under the names hostile outlets give them (issue #13, sixth pass): a reader takes
 * "the Zionist entity" in an Iranian statement to name Israel, as the corpus guide labels it.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

describe('hostile names of a state', () => {
  for (const text of [
    'Tehran thanked Islamabad for standing against the Zionist entity during the war.',
    'The armed forces will respond to any aggression by the Zionist enemy, the general said.',
  ]) {
    it(`${text}`, () => {
      const found = scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);
      expect(found.some((f) => /^Zionist (?:entity|enemy)→israel$/.test(f))).toBe(true);
    });
  }
});
