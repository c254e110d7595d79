/**
 * Twentieth pass on namesakes (issue #13), read from set T's wrong links, then A–S's:
 *
 * - "Constitution of Pakistan" and "Armed Forces of Pakistan", capitalised, name a document and a
 *   body, as "Embassy of Pakistan" does (sets B, M, N, O): the rulings of 7 December settled the
 *   labels that once read the state in them. Inside an office's chain of "of"s ("Chief of Staff of
 *   the Armed Forces of the Islamic Republic of Iran") the body is part of the title, which names
 *   the state, nested; and "the armed forces of Pakistan" in lower case is the state's.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe("a capitalised document or body 'of' a state is its own name", () => {
  it.each([
    ['The bill amends forty articles of the Constitution of Pakistan and one schedule.'],
    ['An Act further to amend the Constitution of the Islamic Republic of Pakistan.'],
    ['The House expresses its solidarity with the Armed Forces of Pakistan.'],
    ['The Armed Forces of Pakistan have responded to the aggression, the statement said.'],
  ])('%s', (line) => {
    expect(mentions(line).filter((m) => m.endsWith('→pakistan'))).toEqual([]);
  });

  it("keeps the state inside an office's chain and in lower case", () => {
    const title =
      'Chief of Staff of the Armed Forces of the Islamic Republic of Iran Major General Abdolrahim Mousavi called.';
    expect(mentions(title)).toContain('Islamic Republic of Iran→iran');
    expect(mentions('The people and armed forces of Pakistan stood with Iran.')).toContain(
      'Pakistan→pakistan',
    );
  });
});
