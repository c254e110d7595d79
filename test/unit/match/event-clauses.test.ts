/**
 * What stands around an event's phrase (lib/match/event-phrase-clause.ts, event-phrase-left.ts,
 * event-score.ts): a relative clause may name the event's participants, but not a clause of what
 * was said nor "that" before a time; a possessive name is the phrase's determiner, so a verb
 * before it does not make the head a verb, and a weekday's possessive is a time; "between them"
 * is a pair the sentence names; a core place's state, with other evidence, stands for the place;
 * a purpose or passive ("meant to secure", "to be deployed in") joins a head to its participants.
 * Sentences in the words of the blind corpus's pages (sets A–F).
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

const STRIKES = 'The United States and Israel both attacked Iran in June. ';

describe('a relative clause names the participants', () => {
  it.each([
    [
      `${STRIKES}Pakistan condemned the strikes which Washington launched on Iran.`,
      'strikes which',
      'strikes which Washington launched on Iran→us-strikes-on-iranian-nuclear-facilities',
    ],
    [
      'Israel and Hamas fought for two years. The ceasefire that took effect in Gaza held.',
      'ceasefire that',
      'ceasefire that took effect in Gaza→gaza-ceasefire',
    ],
  ])('%s', (text, phrase, found) => {
    expect(eventAt(text, phrase)).toBe(found);
  });

  it('but a clause that names someone the event cannot involve does not belong to it', () => {
    // (India's strikes on Pakistan in May are Operation Sindoor since the twenty-second events pass.)
    const text = `${STRIKES}The strikes which Russia launched on Pakistan in May were different.`;
    expect(eventAt(text, 'strikes which')).toBeUndefined();
  });

  it('nor a year the event does not have', () => {
    const text =
      'India and Pakistan fought in May 2025. The war that India and Pakistan fought in 1971 split Pakistan.';
    expect(eventAt(text, 'war that')).toBeUndefined();
  });

  it('nor what someone told a gathering', () => {
    const text =
      'Donald Trump and Shehbaz Sharif went to Sharm el-Sheikh. Sharif told the gathering that Pakistan had nominated Trump.';
    expect(eventAt(text, 'gathering that')).toBeUndefined();
  });

  it('"that" before a time is no clause', () => {
    const text =
      'Shehbaz Sharif spoke to Masoud Pezeshkian. The call to President Pezeshkian that evening was meant to reassure Tehran.';
    expect(eventAt(text, 'call to')).toBe('call to President Pezeshkian→sharif-pezeshkian-call');
  });
});

describe('a possessive name is the phrase’s determiner', () => {
  it('a verb before it leaves the head a noun', () => {
    const text =
      'Shehbaz Sharif praised Donald Trump and renewed Pakistan’s nomination of Trump for the Nobel Peace Prize.';
    expect(eventAt(text, 'nomination')).toBe('Pakistan’s nomination of Trump→trump-nobel-nomination');
  });

  it('but "a new" before the head still makes it hypothetical', () => {
    const text =
      'Shehbaz Sharif praised Donald Trump. Pakistan may send a new nomination of Trump next year.';
    expect(eventAt(text, 'nomination')).toBeUndefined();
  });
});

describe('a weekday’s possessive is a time, not a stranger', () => {
  it('"Monday’s gathering in Sharm el-Sheikh"', () => {
    const text =
      'Donald Trump and Shehbaz Sharif spoke. Monday’s gathering in Sharm el-Sheikh offered few details.';
    expect(eventAt(text, 'gathering')).toBe('gathering in Sharm el-Sheikh→sharm-el-sheikh-summit');
  });

  it('but a stranger’s possessive still rules the phrase out', () => {
    const text =
      'Donald Trump and Shehbaz Sharif spoke. Kargil’s gathering in Sharm el-Sheikh offered few details.';
    expect(eventAt(text, 'gathering')).toBeUndefined();
  });
});

describe('"between them" is the pair the sentence names', () => {
  it('both named before it', () => {
    const text =
      'India and Pakistan have nuclear arms, and May saw the worst fighting between them in decades.';
    expect(eventAt(text, 'fighting')).toBe('fighting between them→india-pakistan-conflict');
  });

  it('but not a look-alike pair: a Pakistan–Afghanistan clash', () => {
    const text =
      'India and Pakistan fought in May. Pakistan and Afghanistan saw the worst fighting between them in decades.';
    expect(eventAt(text, 'fighting')).toBeUndefined();
  });
});

describe('a core place’s state stands for it, with other evidence', () => {
  it('"the Gaza summit in Egypt" on a page that never names Sharm el-Sheikh', () => {
    const text = 'Donald Trump praised Shehbaz Sharif at last week’s Gaza summit in Egypt.';
    expect(eventAt(text, 'summit')).toBe('Gaza summit in Egypt→sharm-el-sheikh-summit');
  });

  it('but not "a summit in Egypt" alone', () => {
    const text = 'Donald Trump praised Shehbaz Sharif at a summit in Egypt.';
    expect(eventAt(text, 'summit')).toBeUndefined();
  });
});

describe('a purpose or passive between the head and its participants', () => {
  const GAZA = 'Israel and Hamas agreed a truce in Gaza. ';
  it.each([
    [
      'Pakistan may send soldiers to an international force meant to secure Gaza.',
      'international force meant to secure Gaza',
    ],
    [
      'Pakistan may join the international force to be deployed in Gaza.',
      'international force to be deployed in Gaza',
    ],
    [
      'Pakistan may join the international force being assembled for Gaza.',
      'international force being assembled for Gaza',
    ],
  ])('%s', (sentence, span) => {
    expect(eventAt(GAZA + sentence, 'force')).toBe(`${span}→gaza-stabilisation-force`);
  });

  it('but a bare "to" before a name stays a preposition: the address to Congress', () => {
    const text = 'Donald Trump praised Pakistan in his address to Congress in April.';
    expect(eventAt(text, 'address')).toBe('address to Congress→trump-address-to-congress');
  });

  it('and a force meant for somewhere else is not the Gaza force', () => {
    const text = `${GAZA}Turkey sent a force meant to secure Syria.`;
    expect(eventAt(text, 'force')).toBeUndefined();
  });
});

describe('what a head noun’s neighbours say', () => {
  it('a participle before its preposition: "the street protests led by Tehreek-e-Labbaik"', () => {
    const text = 'The street protests led by Tehreek-e-Labbaik in October turned deadly.';
    expect(eventAt(text, 'protests')).toBe('protests led by Tehreek-e-Labbaik→tlp-protests');
  });

  it('"pro-" before a name is a stance, not a participant', () => {
    const text = 'Pakistan saw in October how the TLP’s pro-Palestinian march on Islamabad turned deadly.';
    expect(eventAt(text, 'march')).toBe('TLP’s pro-Palestinian march on Islamabad→tlp-protests');
  });

  it('a loose head needs more than one name: "Pakistan’s crisis" is not the war with India', () => {
    const text = 'India and Pakistan fought in May. Who are the key figures in Pakistan’s crisis?';
    expect(eventAt(text, 'crisis')).toBeUndefined();
  });

  it('but "the May crisis with India" is', () => {
    const text = 'India and Pakistan fought in May. Pakistan has not forgotten the May crisis with India.';
    expect(eventAt(text, 'crisis')).toBe('May crisis with India→india-pakistan-conflict');
  });

  it('"a nod to" is a gesture, not a nomination', () => {
    const text =
      'Pakistan nominated Donald Trump in June. The gesture was a nod to Pakistan’s claims about May.';
    expect(eventAt(text, 'nod')).toBeUndefined();
  });
});
