/**
 * Readings of an event's phrase added in #13's eleventh pass (noun phrases only, as the guide's
 * rulings of 6 December label events), tuned on sets A–I: "the enclave" names Gaza again inside
 * an event's phrase; a region's adjective ("the two South Asian rivals") leaves a pair a pair, and
 * a compass word before a place leaves it the place ("the tourism fair in east London"); who
 * drafted a plan is read like who led or backed it ("the US-drafted peace plan for Gaza").
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

describe('a compass word before a place', () => {
  const page = 'Israeli and Pakistani officials shook hands at the World Travel Market. ';
  it('"the tourism fair in east London" is the World Travel Market', () => {
    const text = `${page}One encounter at the tourism fair in east London has travelled far.`;
    expect(eventAt(text, 'fair')).toBe('tourism fair in east London→world-travel-market-2025');
  });

  it('but a compass word ending the phrase stays out of it ("the fair in the north")', () => {
    const text = `${page}One encounter at the tourism fair in the north has travelled far.`;
    expect(eventAt(text, 'fair') ?? '').not.toContain('north');
  });
});

describe('who drafted a plan', () => {
  it('"the US-drafted peace plan for Gaza" spans its drafter', () => {
    const text =
      'Israel and Hamas fought for two years in Gaza. Hamas accepted the US-drafted peace plan for Gaza.';
    expect(eventAt(text, 'plan')).toBe('US-drafted peace plan for Gaza→gaza-ceasefire');
  });
});
