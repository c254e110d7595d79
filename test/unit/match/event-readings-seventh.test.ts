/**
 * Readings of an event's phrase added in #13's seventh pass, from the classes of misses on sets
 * G, H and I (pages the rules were never tuned on). Sentences written for these tests, in the
 * manner of the blind corpus's pages.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('a capitalised word before a name written in lower case', () => {
  const page = 'Israel and Iran fought for twelve days. ';
  it.each([
    [
      "Qatar's role in the June ceasefire between Iran and Israel was quiet.",
      'ceasefire between Iran and Israel',
    ],
    ['24 June – A ceasefire between Iran and Israel takes effect.', 'ceasefire between Iran and Israel'],
  ])('%s', (sentence, phrase) => {
    // A month or a capitalised article makes no longer name of an event's lower-case name.
    expect(eventAt(page + sentence, phrase)).toBe(`${phrase}→iran-israel-ceasefire`);
  });
});

describe('a determiner right after a noun or name opens another noun phrase', () => {
  it('"the ceasefire between Israel and Iran our military chief …" ends at "Iran"', () => {
    const text =
      'Israel and Iran fought for twelve days. After the ceasefire between Israel and Iran our military chief even thanked Munir by phone.';
    expect(eventAt(text, 'ceasefire between Israel and Iran')).toBe(
      'ceasefire between Israel and Iran→iran-israel-ceasefire',
    );
  });
});

describe('"fight" names a conflict as "fighting" does', () => {
  it('"this four-day fight between India and Pakistan"', () => {
    const text =
      'In May, India and Pakistan traded fire. This four-day fight between India and Pakistan worried the whole world.';
    expect(eventAt(text, 'four-day fight')).toBe(
      'four-day fight between India and Pakistan→india-pakistan-conflict',
    );
  });
});

describe('a name right before a head noun is the agent of the next happening', () => {
  it('a relative clause does not reach into it', () => {
    const text =
      "Pakistan condemned Israel's attacks on Iran that began on June 13 and the U.S. strikes on Fordow, Natanz and Isfahan on June 22.";
    expect(eventAt(text, 'U.S. strikes')).toBe(
      'U.S. strikes on Fordow, Natanz and Isfahan→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('nor does a prepositional phrase', () => {
    const text =
      'Israel fought Iran for twelve days. The June war with Iran and the American bombing of Fordow and Natanz left Tehran weaker.';
    expect(eventAt(text, 'American bombing')).toBe(
      'American bombing of Fordow and Natanz→us-strikes-on-iranian-nuclear-facilities',
    );
  });
});

describe('where a summit was held, in the words outlets use for it', () => {
  const page = 'Trump and Sharif flew to Egypt for the signing of the Gaza deal. ';
  it.each([
    ['On the same day as the Sinai summit, police moved on the convoy.', 'Sinai summit'],
    ['He spoke for ten minutes at the Red Sea resort summit.', 'Red Sea resort summit'],
    ['Sharif praised Trump at the Sharm el-Sheikh ceremony.', 'Sharm el-Sheikh ceremony'],
  ])('%s', (sentence, phrase) => {
    expect(eventAt(page + sentence, phrase)).toBe(`${phrase}→sharm-el-sheikh-summit`);
  });

  it('a capital read as the city places a phrase, and names no participant', () => {
    const text = `${page}The Sharm el-Sheikh summit followed. In May, General Asim Munir received the baton of a field marshal at a ceremony in Islamabad.`;
    expect(eventAt(text, 'ceremony in Islamabad')).toBeUndefined();
  });
});

describe('"sitting" before an office', () => {
  it('"a one-on-one lunch with the sitting US President"', () => {
    const text =
      'In June, Asim Munir became the first Pakistani army chief invited to a one-on-one lunch with the sitting US President, Donald Trump.';
    expect(eventAt(text, 'lunch with')).toBe('lunch with the sitting US President→munir-white-house-lunch');
  });
});
