/**
 * Readings of an event's phrase added in #13's eleventh pass (noun phrases only, as the guide's
 * rulings of 6 December label events), tuned on sets A–I: "the enclave" names Gaza again inside
 * an event's phrase; a region's adjective ("the two South Asian rivals") leaves a pair a pair.
 * Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('"the enclave" names Gaza again', () => {
  const gaza = 'Israel and Hamas fought for two years in Gaza. ';
  it('"a security force for the enclave" is the Gaza stabilisation force', () => {
    const text = `${gaza}The council backed a multinational security force for the enclave.`;
    expect(eventAt(text, 'force')).toBe(
      'multinational security force for the enclave→gaza-stabilisation-force',
    );
  });

  it('but not without "the" ("an enclave" is any enclave)', () => {
    const text = `${gaza}The council backed a multinational security force for an enclave.`;
    expect(eventAt(text, 'force')).toBeUndefined();
  });
});

describe('a region’s adjective inside a pair', () => {
  const page = 'India and Pakistan fought for four days in May. ';
  it('"the May flare-up between the two South Asian rivals" is the India–Pakistan conflict', () => {
    const text = `${page}During the May flare-up between the two South Asian rivals, Riyadh sent an envoy.`;
    expect(eventAt(text, 'flare-up')).toBe(
      'May flare-up between the two South Asian rivals→india-pakistan-conflict',
    );
  });
});
