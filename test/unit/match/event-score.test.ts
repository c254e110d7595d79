/**
 * The event scorer (lib/match/event-score.ts): every event of a head noun's kind is scored with
 * the same evidence (participants in the phrase and the sentence, a month or day its date spans,
 * a pair the page has named), and the best links only when the page names its participants and
 * nothing else the page could mean comes within the margin. Each sentence here is in the words
 * of the blind corpus's pages (sets A–F); each was a miss or a wrong link before the scorer.
 */
import { describe, expect, it } from 'vitest';
import { decideEvent } from '@/lib/match/event-score';
import { scanSeed } from './seed-scan';

/** The entity of the top-level mention covering the last occurrence of `phrase`, or undefined. */
function linkOf(text: string, phrase: string): string | undefined {
  const at = text.lastIndexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return scanSeed(text).find((m) => m.parent === undefined && m.start <= at + phrase.length - 1 && m.end > at)
    ?.entity.id;
}

/** The event linked over the last occurrence of `phrase`, or undefined. */
function eventAt(text: string, phrase: string): string | undefined {
  const at = text.lastIndexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return scanSeed(text).find((m) => m.entity.kind === 'event' && m.start < at + phrase.length && m.end > at)
    ?.entity.id;
}

describe('a month or day the event’s date spans identifies it', () => {
  it.each([
    [
      'Iran and Israel exchanged fire for twelve days. Markets have not forgotten the June war.',
      'June war',
      'twelve-day-war',
    ],
    [
      'Field Marshal Asim Munir met Donald Trump. Everyone in Rawalpindi still talks about that June lunch.',
      'June lunch',
      'munir-white-house-lunch',
    ],
    [
      'India and Pakistan traded strikes. Pakistan says it won the brief war in May.',
      'brief war in May',
      'india-pakistan-conflict',
    ],
  ])('%s', (text, phrase, entity) => {
    expect(linkOf(text, phrase)).toBe(entity);
  });

  it('but a day written out names a day’s attack, not a month-long war', () => {
    const text =
      'Iran and Israel fought for twelve days. The talks had held five rounds before Israel launched its attack on June 13.';
    expect(linkOf(text, 'attack on June 13')).toBeUndefined();
  });
});

describe('a pair the page has named: "between the two countries", "the two generals"', () => {
  it('links the event whose participants are such a pair', () => {
    const text =
      'India and Pakistan agreed to stop firing on 10 May. It was the first military confrontation between the nuclear-armed neighbours in years.';
    expect(linkOf(text, 'military confrontation between the nuclear-armed neighbours')).toBe(
      'india-pakistan-conflict',
    );
  });

  it('tells the two generals from the two leaders named beside them', () => {
    const text =
      'Major General Abdolrahim Mousavi thanked Field Marshal Asim Munir. President Masoud Pezeshkian called Prime Minister Shehbaz Sharif on Sunday. ' +
      'The conversation between the two generals followed several telephone calls between President Masoud Pezeshkian and Shehbaz Sharif.';
    expect(linkOf(text, 'conversation between the two generals')).toBe('mousavi-munir-call');
  });

  it('links when the sentence names one member and someone else’s state ("Trump … Islamabad")', () => {
    const text =
      'India and Pakistan fought in May. Trump repeatedly claimed he had ended the fighting between the two nuclear neighbours with trade threats, a version Islamabad was happy to endorse.';
    expect(linkOf(text, 'fighting between the two nuclear neighbours')).toBe('india-pakistan-conflict');
  });

  it('does not link when the sentence names another pair of states', () => {
    const text =
      'India and Pakistan fought in May. OCTOBER 19 — Delegations from Pakistan and Afghanistan meet in Doha after the worst border fighting between the two neighbours since 2021.';
    expect(linkOf(text, 'border fighting between the two neighbours')).toBeUndefined();
  });
});

describe('more of what a sentence says about who took part', () => {
  it.each([
    [
      'Prime Minister Shehbaz Sharif spoke to President Masoud Pezeshkian. Officials described the Sunday call between the two leaders as warm.',
      'Sunday call between the two leaders',
      'sharif-pezeshkian-call',
    ],
    [
      'Field Marshal Asim Munir was in Cairo. Reports spoke of secret meetings with Israeli and American spies in Egypt.',
      'secret meetings with Israeli and American spies',
      'munir-mossad-cia-meetings',
    ],
    [
      'Shehbaz Sharif thanked Masoud Pezeshkian. In the Pezeshkian–Sharif telephone exchange on Sunday, both sides urged calm.',
      'Pezeshkian–Sharif telephone exchange',
      'sharif-pezeshkian-call',
    ],
  ])('%s', (text, phrase, entity) => {
    expect(linkOf(text, phrase)).toBe(entity);
  });

  it('one state of a participant body is not enough ("a Pakistani deployment", not a meeting)', () => {
    const text =
      'Field Marshal Asim Munir met Donald Trump. Washington offered loans in exchange for a Pakistani deployment to Gaza.';
    expect(linkOf(text, 'Pakistani deployment to Gaza')).toBe('pakistani-troop-deployment-to-gaza');
  });
});

describe('a bare head noun inside a verb phrase is no mention', () => {
  it.each([
    [
      'Shehbaz Sharif and Masoud Pezeshkian spoke. Pakistan’s prime minister has spoken by phone to the Iranian president, Masoud Pezeshkian.',
      'phone to the Iranian president',
    ],
    [
      'Israel and Iran fought in June. Asked whether the US was now at war with Iran, Rubio said no.',
      'war with Iran',
    ],
  ])('%s', (text, phrase) => {
    expect(eventAt(text, phrase)).toBeUndefined();
  });
});

describe('a happening named by the one it ended', () => {
  it.each([
    [
      'Israel and Iran fought. Oil fell after the truce that ended the twelve days of war between Israel and Iran.',
      'truce that ended',
      'iran-israel-ceasefire',
    ],
    [
      'Hamas and Israel agreed to Trump’s plan to end the war in Gaza.',
      'plan to end the war',
      'gaza-ceasefire',
    ],
    [
      'Israel and Iran fought. Trump called for an end to the fighting between Israel and Iran.',
      'end to the fighting',
      'iran-israel-ceasefire',
    ],
    [
      'Trump spoke at the summit on ending the two-year war on Gaza.',
      'summit on ending',
      'sharm-el-sheikh-summit',
    ],
  ])('%s', (text, phrase, entity) => {
    expect(eventAt(text, phrase)).toBe(entity);
  });

  it('reports the actors inside, and the event that was ended only by its set name (twelfth pass)', () => {
    const text =
      'Israel and Iran fought. Relief came with the truce that ended Israel’s 12-day war with Iran.';
    const events = scanSeed(text).filter((m) => m.entity.kind === 'event');
    expect(events.map((m) => m.entity.id)).toEqual(['iran-israel-ceasefire', 'twelve-day-war']);
    const read =
      'Israel and Iran fought. Relief came with the truce that ended the fighting between Israel and Iran.';
    const readEvents = scanSeed(read).filter((m) => m.entity.kind === 'event');
    expect(readEvents.map((m) => m.entity.id)).toEqual(['iran-israel-ceasefire']);
  });

  it('but not a verb without an object ("the war that ended on a tweet")', () => {
    const text = 'Israel and Iran fought. The war that ended on a tweet: on the Israel–Iran ceasefire.';
    expect(eventAt(text, 'war that ended')).toBeUndefined();
  });
});

describe('words of an event’s own names in the phrase', () => {
  it.each([
    [
      'Pakistan denied it. Officials dismissed talk of a change to the passport wording.',
      'change to the passport wording',
      'pakistani-passport-wording-change',
    ],
    [
      'Shehbaz Sharif returned from Egypt. Sharif’s post on X backing a two-state solution drew fire.',
      'post on X',
      'sharif-two-state-tweet',
    ],
  ])('%s', (text, phrase, entity) => {
    expect(eventAt(text, phrase)).toBe(entity);
  });

  it('but not a verb with a possessive object', () => {
    const text = 'Pakistan denied it. Didn’t Pakistan change its passports?';
    expect(eventAt(text, 'change its')).toBeUndefined();
  });

  it('and no head noun inside a hyphenated word ("post-war Gaza")', () => {
    const text =
      'Shehbaz Sharif tweeted. Gaza and Israel agreed. The multinational force envisaged for post-war Gaza is stalled.';
    expect(eventAt(text, 'multinational force')).toBe('gaza-stabilisation-force');
  });
});

describe('a list of weapons before the head ("missile, drone and artillery exchanges")', () => {
  it('reads the list and the span before it', () => {
    const text =
      'India and Pakistan fought. It took four days of missile, drone and artillery exchanges to end it.';
    expect(eventAt(text, 'artillery exchanges')).toBe('india-pakistan-conflict');
  });
});

describe('a year before a name is part of the name, not a date', () => {
  it('"for the 2026 Nobel Peace Prize" does not rule out a nomination made in 2025', () => {
    const text = 'Trump came. Pakistan’s recommendation of Trump for the 2026 Nobel Peace Prize drew scorn.';
    expect(eventAt(text, 'recommendation of Trump')).toBe('trump-nobel-nomination');
  });
});

describe('a phrase that places the event by itself needs only one participant named', () => {
  it('links "the June hostilities" on a page that names Iran but not Israel', () => {
    const text = 'Oil exports recovered. Freight rates to Iran fell after the June hostilities ended.';
    expect(eventAt(text, 'June hostilities')).toBe('twelve-day-war');
  });
});

describe('a protest named by what it was against', () => {
  it('links the protest, with the deal inside it nested (as the corrected corpus labels draw it)', () => {
    const text =
      'Tehreek-e-Labbaik Pakistan marched. Its October march against the Gaza deal ended in deadly clashes.';
    const events = scanSeed(text).filter((m) => m.entity.kind === 'event');
    expect(events.map((m) => `${m.text}→${m.entity.id}${m.parent === undefined ? '' : ' (nested)'}`)).toEqual(
      ['October march against the Gaza deal→tlp-protests', 'Gaza deal→gaza-ceasefire (nested)'],
    );
  });
});

describe('the page decides between candidates by a margin', () => {
  const named = (ids: number[]) => (e: number) => ids.includes(e);
  it('links the best candidate the page names when it leads the others', () => {
    const candidates = [
      { entity: 1, needs: [10], score: 9 },
      { entity: 2, needs: [11], score: 6 },
    ];
    expect(decideEvent(candidates, named([10, 11]))).toBe(1);
  });
  it('links none when two the page names are level', () => {
    const candidates = [
      { entity: 1, needs: [10], score: 6 },
      { entity: 2, needs: [11], score: 6 },
    ];
    expect(decideEvent(candidates, named([10, 11]))).toBe(-1);
  });
  it('links none when the phrase fits better an event the page does not name', () => {
    const candidates = [
      { entity: 1, needs: [10], score: 9 },
      { entity: 2, needs: [11], score: 6 },
    ];
    expect(decideEvent(candidates, named([11]))).toBe(-1);
  });
});
