/**
 * Eighteenth pass on names (issue #13): longer names the namesake rule could not see, found on
 * sets J–R. No names are listed.
 *
 * - A body "of" or "for" a state is another body, not the state: "Embassy of Pakistan", "Consulate
 *   General of Pakistan", "High Commission for Pakistan", "Senate of Pakistan", "Civil Aviation
 *   Authority of Iran" (as "State Bank of Pakistan" already was). "for" a person is what a post is
 *   for ("Chief of Defence Forces for Munir").
 * - "Agency" and "Complex" head names as "Stadium" does, in Title Case lines too: "Rajgir Sports
 *   Complex", "Gulf News Agency".
 * - A company's legal ending closes a name however long its run, in a Title Case line too:
 *   "Pakistan State Oil Company Limited", "Pakistan Global Sukuk Programme Co Ltd".
 * - The Persian and Urdu izafat glues a name to the word it qualifies: "Mazar-i-Sharif",
 *   "Minar-e-Pakistan", "Youm-e-Marka-e-Haq" are a city, a monument and a day.
 * - A state's name before "crude" or "rupee" is a benchmark or a currency ("Oman crude",
 *   "Pakistan rupee"); a region's ("Gulf crude") is still the region.
 * - A fixture's "v" or a match score joins a state's name to another side, known or not:
 *   "Oman v Bangladesh", "India 4–1 China" are teams; "the June 21–22 US attacks" are dates.
 * - A government's regard has more words than the seventh pass listed: "credit in Washington",
 *   "leverage in Washington", "a hostile press in Washington", "talk in Washington of …", "lean
 *   towards Washington" (data: SEEN_IN and APPROACH in capital-place-words.ts).
 * - A scheduled service is a journey: "the evening service to Islamabad", "services to Doha",
 *   "passengers booked to Tehran" (data: MOTION in capital-place-words.ts).
 * - A side takes a verb in the plural, a government one in the singular: "Pakistan lose their last
 *   six wickets", "India need 147", "as India lift the cup" are teams where the name opens its
 *   clause; "did Pakistan lose" (a question) and "Pakistan says" are not.
 * - Where a named person or a traveller is from is the city: "Noa Levi, 34, from Tel Aviv", a
 *   comment signed "Sana from Islamabad", "passengers from Doha".
 * - "over" a capital is the city's sky or streets ("smoke rises over Tehran"), not in a choice
 *   between names ("chose Rawalpindi over New Delhi").
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('a body of or for a state is no state', () => {
  for (const [text, phrase, within] of [
    [
      'Iran and Pakistan talked. The Embassy of Pakistan in Tehran issued visas.',
      'Pakistan',
      'Embassy of Pakistan',
    ],
    [
      'Pakistan won. Forms are at the Consulate General of Pakistan, Manchester.',
      'Pakistan',
      'General of Pakistan',
    ],
    [
      'Pakistan voted. Ask the High Commission for Pakistan in London.',
      'Pakistan',
      'Commission for Pakistan',
    ],
    ['Pakistan signed. The Senate of Pakistan met on Monday.', 'Pakistan', 'Senate of Pakistan'],
    ['Iran reopened. Flights wait for the Civil Aviation Authority of Iran.', 'Iran', 'Authority of Iran'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('a post "for" a person still names the person', () => {
    const text = 'Asim Munir rose. The amendment created the post of Chief of Defence Forces for Munir.';
    expect(linksOver(text, 'Munir', 'Forces for Munir')).toEqual(['asim-munir']);
  });

  it('a state "in" a body\'s place is still the state', () => {
    const text = 'Pakistan and India met. The Observer Group in India stayed.';
    expect(linksOver(text, 'India', 'Group in India')).toEqual(['india']);
  });
});

describe('a capital under what rises over it is the city', () => {
  for (const [text, phrase, within] of [
    ['Iran and Israel fought. Smoke rises over Tehran on the third day.', 'Tehran', 'over Tehran'],
    ['Qatar was calm until a loud boom over Doha on the evening of June 23.', 'Doha', 'over Doha'],
    ['Pakistan is hot. The haze over Islamabad this week is dust.', 'Islamabad', 'over Islamabad'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('a choice of one name over another keeps the government', () => {
    const text = 'India and Pakistan watched. Washington has chosen Rawalpindi over New Delhi, some said.';
    expect(linksOver(text, 'New Delhi')).toEqual(['india']);
  });
});

describe("a company's legal ending closes its name in a Title Case line", () => {
  for (const [line, phrase] of [
    ['Pakistan State Oil Company Limited', 'Pakistan'],
    ['Pakistan International Bulk Terminal Limited', 'Pakistan'],
    ['Pak Suzuki Motor Company Limited', 'Pak'],
    ['Pakistan Global Sukuk Programme Co Ltd', 'Pakistan'],
  ] as const)
    it(`"${line}"`, () => {
      const text = `Pakistan and Iran traded oil.\n${line}\nMaterial information: supply position.`;
      expect(linksOver(text, phrase, line)).toEqual([]);
    });

  it('a Title Case headline without one still names the state', () => {
    const text = 'Iran and Pakistan talked.\nPakistan State Visit Opens New Chapter\nThe talks went on.';
    expect(linksOver(text, 'Pakistan', 'Pakistan State Visit')).toEqual(['pakistan']);
  });
});

describe('the izafat glues a name to the word it qualifies', () => {
  for (const [text, phrase, within] of [
    ['Shehbaz Sharif spoke. The line runs through Mazar-i-Sharif and Kabul.', 'Sharif', 'Mazar-i-Sharif'],
    ['Pakistan celebrated. Students met at the Minar-e-Pakistan ceremony.', 'Pakistan', 'Minar-e-Pakistan'],
    [
      'India and Pakistan fought in May. The day is Youm-e-Marka-e-Haq now.',
      'Marka-e-Haq',
      'Youm-e-Marka-e-Haq',
    ],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });
});

describe('a benchmark or a currency named for a state', () => {
  for (const [text, phrase, within] of [
    ['Oman mediated. Oman crude futures rose on the Dubai exchange.', 'Oman', 'Oman crude'],
    ['Pakistan borrowed. The Pakistan rupee held steady.', 'Pakistan', 'Pakistan rupee'],
    ['Pakistan borrowed. Pak rupee gains on IMF hopes.', 'Pak', 'Pak rupee'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it("a region's grade is still the region", () => {
    const text = 'Pakistan depends on Gulf crude for most of its refining.';
    expect(linksOver(text, 'Gulf', 'Gulf crude')).toEqual(['the-gulf']);
  });
});

describe('a fixture or a score makes a state a side', () => {
  for (const [text, phrase, within] of [
    ['China and India met. Results: India 4–1 China at the sports complex.', 'China', '4–1 China'],
    ['Oman mediated talks. Classification: Oman v Bangladesh at ten.', 'Oman', 'Oman v Bangladesh'],
    ['Qatar hosted. Match report: Pakistan 2–1 Qatar after a late rally.', 'Qatar', '2–1 Qatar'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('a month before the numbers makes them dates', () => {
    const text = 'Iran protested after the June 21–22 US attacks on its sites.';
    expect(linksOver(text, 'US', '21–22 US')).toContain('united-states');
  });
});

describe("a government's regard keeps a capital the government", () => {
  for (const phrase of [
    'Pakistan has spent the year building credit in Washington.',
    'Pakistan turned the war into leverage in Washington.',
    'Munir had a hostile press in Washington until June.',
    'Analysts noted talk in Washington of widening the accords.',
    'A state can lean towards Washington without turning away.',
  ])
    it(`${phrase}`, () => {
      expect(linksOver(`Pakistan and India were at odds. ${phrase}`, 'Washington', phrase)).toEqual([
        'united-states',
      ]);
    });
});

describe('a scheduled service goes to the city', () => {
  for (const [text, phrase] of [
    ['Pakistan warned travellers to leave early for the evening service to Islamabad.', 'Islamabad'],
    ['Qatar mediated. The airline said its services to Doha were worst hit.', 'Doha'],
    ['Iran reopened its airspace; passengers booked to Tehran may rebook.', 'Tehran'],
  ] as const)
    it(`${text}`, () => {
      expect(linksOver(text, phrase, `to ${phrase}`)).toEqual([]);
    });
});

describe('a side takes a verb in the plural', () => {
  for (const [text, phrase, within] of [
    [
      'Pakistan and India met in Dubai. Pakistan lose their last six wickets for 33.',
      'Pakistan',
      'Pakistan lose',
    ],
    [
      'Pakistan and India met in Dubai. Pakistan made 146. India need 147 from 120 balls.',
      'India',
      'India need',
    ],
    [
      'Pakistan and India met in Dubai. Pakistan fall short again as India lift the cup.',
      'India',
      'India lift',
    ],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  for (const [text, phrase, within] of [
    ['India struck in May. Did Pakistan lose the war, or win it?', 'Pakistan', 'Pakistan lose'],
    ['India struck in May. Pakistan says it will answer.', 'Pakistan', 'Pakistan says'],
    [
      'India struck in May. The army insisted that Pakistan win the argument abroad.',
      'Pakistan',
      'Pakistan win',
    ],
  ] as const)
    it(`"${within}" is still the state`, () => {
      expect(linksOver(text, phrase, within)).toEqual(['pakistan']);
    });
});

describe('an agency or a complex heads a name in a Title Case line', () => {
  for (const [line, phrase] of [
    ['Rajgir Sports Complex, Pitch 1', 'Rajgir'],
    ['GNA Gulf News Agency · English Service', 'Gulf'],
  ] as const)
    it(`"${line}"`, () => {
      const text = `Rajgir hosted the Asia Cup in the Gulf season.\n${line}\nResults follow.`;
      expect(linksOver(text, phrase, line)).toEqual([]);
    });
});

describe('where a person is from is the city', () => {
  for (const [text, phrase, within] of [
    [
      'Israel and Iran fought. "The sky closed," said Noa Levi, 34, from Tel Aviv.',
      'Tel Aviv',
      'from Tel Aviv',
    ],
    [
      'Pakistan should stay out.\nSana from Islamabad\nNobody back home wants this.',
      'Islamabad',
      'from Islamabad',
    ],
    ['Qatar reopened its airspace. Passengers from Doha arrive at Kozhikode.', 'Doha', 'from Doha'],
  ] as const)
    it(`"${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });

  it('a reaction from a capital is still its government', () => {
    const text = 'Pakistan spoke first. The reaction from Tehran was swift.';
    expect(linksOver(text, 'Tehran', 'from Tehran')).toEqual(['iran']);
  });

  // A live blog's heading over what a government said opens its line like a signed comment.
  for (const heading of ['Reaction from Tehran', 'Word from Washington', 'Statement from Islamabad'])
    it(`a heading "${heading}" is still the government`, () => {
      const text = `Pakistan spoke first.\n${heading}\nIran declined its invitation to the summit.`;
      const capital = heading.split(' from ')[1]!;
      expect(linksOver(text, capital, `from ${capital}`)).toHaveLength(1);
    });
});
