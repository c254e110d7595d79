/**
 * Readings of an event's phrase added in #13's eighth pass: general shapes of English news
 * phrasing (a noun of giving or deciding after "troop", a relative clause without "that"), tuned
 * on sets A–H and checked on set I. Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('"troop" before a noun of giving or deciding names a sending of soldiers', () => {
  const page = 'Pakistan weighed sending soldiers to Gaza under the US plan. ';
  it.each([
    ['Officials in Rawalpindi say the Gaza troop pledge has not been signed.', 'Gaza troop pledge'],
    [
      'Critics asked what a Pakistani troop contribution to Gaza would cost.',
      'Pakistani troop contribution to Gaza',
    ],
    [
      'The Foreign Office played down the Pakistani troop commitment for Gaza.',
      'Pakistani troop commitment for Gaza',
    ],
  ])('%s', (sentence, phrase) => {
    expect(eventAt(page + sentence, phrase)).toBe(`${phrase}→pakistani-troop-deployment-to-gaza`);
  });

  it('"troop" alone does not name one ("troop morale in Gaza")', () => {
    expect(eventAt(page + 'Troop morale in Gaza is low.', 'Troop morale')).toBeUndefined();
  });
});

describe('a relative clause without "that": a name and a past tense after the noun', () => {
  it('"the truce Trump announced between Israel and Iran"', () => {
    const text =
      'Israel and Iran traded missiles for twelve days. Oil prices fell after the truce Trump announced between Israel and Iran.';
    expect(eventAt(text, 'truce Trump announced')).toBe(
      'truce Trump announced between Israel and Iran→iran-israel-ceasefire',
    );
  });

  it('"the luncheon Trump gave Munir"', () => {
    const text =
      'Field Marshal Asim Munir flew to Washington in June. Few army chiefs get what the luncheon Trump gave Munir signalled.';
    expect(eventAt(text, 'luncheon Trump gave Munir')).toBe(
      'luncheon Trump gave Munir→munir-white-house-lunch',
    );
  });

  it('a name without a past tense after it is a verb\'s object ("to strike Iran again")', () => {
    const text =
      'Israel and Iran fought for twelve days. Trump threatened to strike Iran again if talks fail.';
    expect(eventAt(text, 'strike Iran')).toBeUndefined();
  });
});

describe('an event name turned down for its case still holds a phrase', () => {
  it.each([
    [
      'Pakistan changed its army command. Critics say the 27th constitutional amendment made the army chief untouchable.',
      'constitutional amendment',
      'pakistan-constitutional-amendment',
    ],
    [
      'Israel and Iran fought in June. Prices spiked during the twelve-day war and fell after it.',
      'twelve-day war',
      'twelve-day-war',
    ],
  ])('%s', (text, phrase, event) => {
    // The KB's names are written capitalised ("27th Constitutional Amendment"); in lower case the
    // name is refused, and the head noun inside it ("amendment", "war") is read as a phrase.
    expect(eventAt(text, phrase)).toBe(`${phrase}→${event}`);
  });
});

describe('troops or soldiers named with who sends them and where they go', () => {
  const page = 'Pakistan is weighing a role in Gaza after the ceasefire. ';
  it.each([
    ['Parliament has not debated Pakistani soldiers for Gaza at all.', 'Pakistani soldiers for Gaza'],
    ['Clerics warned against Pakistani troops in the Strip.', 'Pakistani troops in the Strip'],
    ["A columnist called sending Pakistan's soldiers into Gaza reckless.", "Pakistan's soldiers into Gaza"],
  ])('%s', (sentence, phrase) => {
    expect(eventAt(page + sentence, phrase)).toBe(`${phrase}→pakistani-troop-deployment-to-gaza`);
  });

  it('one of the two is not enough ("troops for Gaza" may be anyone\'s)', () => {
    expect(eventAt(page + 'Indonesia has offered troops for Gaza.', 'troops for Gaza')).toBeUndefined();
  });

  it('before another head noun they are its subject ("soldiers march")', () => {
    const text = 'Tehreek-e-Labbaik Pakistan was banned. Pakistani soldiers march past the saluting base.';
    expect(eventAt(text, 'soldiers march')).toBeUndefined();
  });
});

describe("a weapon's or an aircraft's designation before the head says how, not who", () => {
  it('"the American B-2 raids on Fordow and Natanz"', () => {
    const text =
      'The United States joined the war against Iran. Tehran vowed revenge for the American B-2 raids on Fordow and Natanz.';
    expect(eventAt(text, 'B-2 raids')).toBe(
      'American B-2 raids on Fordow and Natanz→us-strikes-on-iranian-nuclear-facilities',
    );
  });
});
