/**
 * Nineteenth pass on names (issue #13), read from sets J–R's misses: forms of names the knowledge
 * base lacked, and role phrases real pages write.
 *
 * - Pakistan's names for the part of Kashmir it administers ("Azad Jammu and Kashmir", "Azad
 *   Kashmir", "AJK") are Kashmir, as the corpus guide's rulings of 6 December 2026 read them.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe("Pakistan's names for the Kashmir it administers are Kashmir", () => {
  for (const [text, name] of [
    ['Shelling damaged houses in Azad Jammu and Kashmir on Tuesday night.', 'Azad Jammu and Kashmir'],
    ['Relatives in Lahore, Sialkot and Azad Kashmir stayed up all night.', 'Azad Kashmir'],
    ['The AJK government paid a second tranche of compensation.', 'AJK'],
  ] as const)
    it(name, () => expect(mentions(text)).toContain(`${name}→kashmir`));

  it('a lower-case "ajk" is no abbreviation', () => {
    expect(mentions('He typed ajk by mistake.').some((m) => m.endsWith('→kashmir'))).toBe(false);
  });
});
