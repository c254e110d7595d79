/**
 * The rules that refuse a link (namesake.ts, the epithet recogniser, the role aliases) must not
 * reach past what they are for: each sentence here, written for this test in the styles of
 * South Asian and wire copy, names a KB entity that an over-eager refusal once left unlinked,
 * or a role held by someone else that a careless matcher gave to the KB holder.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every entity linked anywhere inside `phrase`, found in the first occurrence of `within`. */
function linksInside(text: string, phrase: string, within = phrase): string[] {
  const at = text.indexOf(within) + within.indexOf(phrase);
  if (at < text.indexOf(within) || !text.includes(within)) throw new Error(`"${within}" is not in the text`);
  return scanSeed(text)
    .filter((m) => m.start < at + phrase.length && m.end > at)
    .map((m) => m.entity.id);
}

describe('words after a name that make no longer name', () => {
  for (const [text, phrase, within, entity] of [
    // Roman-Urdu slogans: "long live Pakistan", "death to America".
    [
      'Supporters outside the stadium chanted Pakistan Zindabad until dusk.',
      'Pakistan',
      'Pakistan',
      'pakistan',
    ],
    [
      'Shehbaz Sharif spoke in Lahore. "Shehbaz Sharif Sahib has kept his word," a trader said.',
      'Sharif',
      'Sharif Sahib',
      'shehbaz-sharif',
    ],
    [
      'Asim Munir visited the troops. "Munir Sahab listens to us," one soldier said.',
      'Munir',
      'Munir Sahab',
      'asim-munir',
    ],
    // A caption's credit after the name, with no full stop between.
    [
      'Shehbaz Sharif chaired the cabinet on Tuesday. Shehbaz Sharif Photo: APP',
      'Shehbaz Sharif',
      'Shehbaz Sharif',
      'shehbaz-sharif',
    ],
  ]) {
    it(`"${phrase}" in "${text}"`, () => expect(linksInside(text!, phrase!, within)).toContain(entity));
  }
});

describe('titles before a surname that make no given name', () => {
  for (const [text, phrase] of [
    [
      'Abdolrahim Mousavi was in Tehran. Armed Forces Chief of Staff Mousavi later called Rawalpindi.',
      'Staff Mousavi',
    ],
    ['Shehbaz Sharif chaired the meeting. PML-N Chairman Sharif then left for Murree.', 'Chairman Sharif'],
  ]) {
    it(`"${phrase}"`, () => {
      const person = phrase!.split(' ')[1]!.toLowerCase();
      expect(linksInside(text!, phrase!).some((id) => id.includes(person))).toBe(true);
    });
  }
});

describe('a role named with another state is not the KB holder', () => {
  it('"India\'s Chief of the Army Staff" is not Asim Munir', () => {
    const text =
      "Asim Munir spoke in Rawalpindi. India's Chief of the Army Staff, General Upendra Dwivedi, toured Jammu.";
    expect(linksInside(text, 'Chief of the Army Staff')).toEqual([]);
  });

  it('nor is "the army chief" after him in the same paragraph', () => {
    const text =
      "Asim Munir spoke in Rawalpindi.\n\nIndia's Chief of Army Staff visited Jammu, and officials said the army chief had reviewed the LoC.";
    expect(linksInside(text, 'the army chief')).toEqual([]);
  });

  it('but "Pakistan\'s Chief of Army Staff" is', () => {
    const text = "Asim Munir spoke.\n\nPakistan's Chief of Army Staff flew to Washington on Sunday.";
    expect(linksInside(text, 'Chief of Army Staff')).toEqual(['asim-munir']);
  });
});

describe('an apposition is part of the name before it', () => {
  it('"Asim Munir, the country\'s army chief" is one mention, not two', () => {
    const text = "Trump thanked Field Marshal Asim Munir, the country's army chief, who was not present.";
    const mentions = scanSeed(text).filter((m) => m.entity.id === 'asim-munir');
    expect(mentions.map((m) => m.text)).toEqual(['Field Marshal Asim Munir']);
  });
});

describe('words politics shares with sport do not make a sports report', () => {
  for (const [text, state] of [
    ['Israel says its goals in Gaza are unchanged; critics say the army runs the war.', 'Israel'],
    ["Pakistan's goal is to draw investment, and its army runs much of the economy.", 'Pakistan'],
    [
      'Iran says its goal is deterrence; the Guards, not the cabinet, run the missile programme and its runs of tests.',
      'Iran',
    ],
  ]) {
    it(`"${state}" in "${text}"`, () => expect(linksInside(text!, state!)).toEqual([state!.toLowerCase()]));
  }

  it('while a cricket report still names a side', () => {
    const text = 'Pakistan were 35 for one at stumps after the spinners took five wickets in the Test.';
    expect(linksInside(text, 'Pakistan')).toEqual([]);
  });
});

describe('a preposition opening a sentence is no given name', () => {
  for (const [text, state] of [
    ['India says it won. Inside Pakistan, the mood was triumphant.', 'Pakistan'],
    ['Beyond Iran, the strikes alarmed the Gulf.', 'Iran'],
    ['Within Israel, the tone has hardened.', 'Israel'],
  ]) {
    it(`"${state}" in "${text}"`, () => expect(linksInside(text!, state!)).toEqual([state!.toLowerCase()]));
  }
});

describe('a role phrase after a place and a comma is no description of the place', () => {
  it('"Inside Pakistan, the army chief" is the army chief named earlier', () => {
    const text =
      'Field Marshal Asim Munir was promoted in May.\n\nInside Pakistan, the army chief emerged as a national hero.';
    expect(linksInside(text, 'the army chief')).toEqual(['asim-munir']);
  });

  it('while "Daniel Rosen, the president of …" still describes Rosen', () => {
    const text =
      'Donald Trump spoke.\n\nShehbaz Sharif met Daniel Rosen, the president of the group, in New York.';
    expect(linksInside(text, 'the president')).not.toContain('donald-trump');
  });
});

describe('a role phrase that speaks of the office names no holder', () => {
  const page = 'Donald Trump met Field Marshal Asim Munir in June.\n\n';
  for (const [sentence, phrase] of [
    ['The bill creates a new post of defence chief, to be held by the army chief.', 'the army chief'],
    ['Field marshals will enjoy immunity similar to that of the president.', 'the president'],
    ['The field marshal keeps the same legal immunity as the president.', 'the president'],
  ]) {
    it(`"${phrase}" in "${sentence}"`, () => expect(linksInside(page + sentence, phrase!)).toEqual([]));
  }

  it('while "as the army chief flew home" is still the army chief', () => {
    const text = `${page}Pakistan hosted the talks as the army chief flew home.`;
    expect(linksInside(text, 'the army chief')).toEqual(['asim-munir']);
  });
});
