/**
 * A capital as its government or as the city (issue #13; the guide's ruling of 6 December, "A
 * capital: city or government", and item 10 of the rulings of 7 December): the government when it
 * acts, speaks, decides or is seen ("welcomed in Islamabad", "the Foreign Office in Islamabad"),
 * the city when people or things are in it, go to it or come from it ("was received in
 * Washington", a list of places a show was filmed in). Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

/** A page that names the states first, so each capital has its state confirmed. */
const page = (sentence: string) =>
  `Pakistan, India, Iran, Egypt, Qatar, Oman, Saudi Arabia and the United States issued statements.\n\n${sentence}`;

const STATE_OF: Record<string, string> = {
  Islamabad: 'pakistan',
  'New Delhi': 'india',
  Tehran: 'iran',
  Cairo: 'egypt',
  Doha: 'qatar',
  Muscat: 'oman',
  Riyadh: 'saudi-arabia',
  Washington: 'united-states',
};

/** What the capital `name` links to at its first occurrence in `sentence`. */
const reading = (sentence: string, name: string) => linksOver(page(sentence), name, sentence);

describe("a government's organs and voices before 'in'", () => {
  for (const [sentence, name] of [
    ['The Foreign Office in Islamabad called the report speculative.', 'Islamabad'],
    ['The Ministry of External Affairs in New Delhi drew up evacuation plans.', 'New Delhi'],
    ['Wang Yi spoke to his counterparts in Islamabad and New Delhi.', 'Islamabad'],
    ['The rules have not changed, according to the authorities in Islamabad.', 'Islamabad'],
    ['Commentators in New Delhi linked the pact to the May fighting.', 'New Delhi'],
  ] as const)
    it(`"${name}" in "${sentence}" is the government`, () => {
      expect(reading(sentence, name)).toEqual([STATE_OF[name]]);
    });
});

describe("what a government says, decides or is seen as, before 'in'", () => {
  for (const [sentence, name] of [
    ['The truce was welcomed in Islamabad with relief.', 'Islamabad'],
    ['Reports, denied in Islamabad, spoke of 20,000 troops.', 'Islamabad'],
    ['The decision was announced in Islamabad a week later.', 'Islamabad'],
    ['He cannot tilt toward Pakistan without paying a price in New Delhi.', 'New Delhi'],
    ['Whether he can turn applause in Washington into money is the question.', 'Washington'],
    ['Analysts said the calculus in Islamabad had changed.', 'Islamabad'],
    ['Flattery has bought Pakistan access in Washington.', 'Washington'],
  ] as const)
    it(`"${name}" in "${sentence}" is the government`, () => {
      expect(reading(sentence, name)).toEqual([STATE_OF[name]]);
    });

  it('"received in Washington" is where a visitor went: the city', () => {
    const sentence = 'Field Marshal Ayub Khan was received in Washington with a motorcade.';
    expect(reading(sentence, 'Washington')).toEqual(['washington-dc']);
  });
});

describe('a sentence that opens "In <capital>," on a government that speaks or acts', () => {
  for (const [sentence, name] of [
    ['In Washington, Secretary of State Marco Rubio said Iran should negotiate.', 'Washington'],
    ['In Washington, President Trump claimed the credit again.', 'Washington'],
    ['In New Delhi, the foreign ministry repeated that the fighting ended bilaterally.', 'New Delhi'],
    ['In Islamabad, the reaction was swift.', 'Islamabad'],
    ['In Riyadh, which co-chaired the conference, the mood was cautious.', 'Riyadh'],
  ] as const)
    it(`"${name}" in "${sentence}" is the government`, () => {
      expect(reading(sentence, name)).toEqual([STATE_OF[name]]);
    });

  it('"In Kabul, where …" and a scene of people in the city stay the city', () => {
    expect(
      reading('In Washington, where the cherry trees were in bloom, crowds gathered.', 'Washington'),
    ).toEqual(['washington-dc']);
    expect(reading('In Tehran, queues formed at petrol stations.', 'Tehran')).toEqual([]);
  });
});

describe('a capital later in a list of places shares the preposition before the first', () => {
  it('"Filmed in Karachi, Islamabad, Washington and London": the city', () => {
    expect(reading('Filmed in Karachi, Islamabad, Washington and London.', 'Washington')).toEqual([
      'washington-dc',
    ]);
  });

  it('"served in Kabul, Tehran and Cairo": each a city', () => {
    expect(reading('He served in Kabul, Tehran and Cairo before retiring.', 'Cairo')).toEqual([]);
  });

  it('a list of governments after their people stays the governments', () => {
    const sentence = 'It draws on interviews with officials in Islamabad, Washington, Riyadh and Doha.';
    expect(reading(sentence, 'Doha')).toEqual(['qatar']);
  });
});

describe('a journey with its traveller and more between the motion and the capital', () => {
  it('"flew Henry Kissinger on his secret leg from Islamabad": the city', () => {
    const sentence = 'Pakistan flew Henry Kissinger on his secret leg from Islamabad in 1971.';
    expect(reading(sentence, 'Islamabad')).toEqual([]);
  });
});

describe('a government approached', () => {
  for (const [sentence, name] of [
    ['Its army had lines into Tehran during the war.', 'Tehran'],
    ['Its army has channels into Tehran that others lack.', 'Tehran'],
    ['In Pakistan, foreign policy towards Washington runs through GHQ.', 'Washington'],
  ] as const)
    it(`"${name}" in "${sentence}" is the government`, () => {
      expect(reading(sentence, name)).toEqual([STATE_OF[name]]);
    });
});

describe("a quiz's answers and a fact box's capital", () => {
  it('"(a) Cairo (b) Sharm el-Sheikh (c) Doha": places', () => {
    const sentence = 'Where did the leaders meet? (a) Cairo (b) Sharm el-Sheikh (c) Doha';
    expect(reading(sentence, 'Cairo')).toEqual([]);
    expect(reading(sentence, 'Doha')).toEqual([]);
  });

  it('"Capital: Islamabad" in a fact box is the city', () => {
    expect(
      reading('Population: about 240 million\nCapital: Islamabad\nCurrency: rupee', 'Islamabad'),
    ).toEqual([]);
  });
});
