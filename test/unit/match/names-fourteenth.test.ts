/**
 * Fourteenth pass on names (issue #13).
 *
 * - A state's name amid a match report is its team. Cricket and football reports speak of
 *   overs, batters, players and a season as often as of wickets and goals, so those words now
 *   count towards the sports reading too (sports-words.ts): "India's reply began in chaos … inside
 *   three overs" is India's side, not its government.
 * - A capital after a word that places something inside the city ("central Tehran", "downtown
 *   Tehran", "northern Tehran", "western Kabul") is the city, not the government: a government
 *   has no centre or compass points. ("North of Tehran", "the mayor of Tehran" were tried as
 *   phrases too: no change on either corpus, and phrases cost the content script bytes.)
 * - A capital with its state or "a city" in apposition is an address, the city: "Smoke rose over
 *   Tehran, Iran, on Sunday", a masthead's "Doha, Qatar", "Tehran, a city of nine million". A list
 *   of governments goes on after the second name ("Washington, Tehran, Riyadh and Doha").
 * - More English idioms whose word is a KB name (name-idioms.ts): "a bull in a china shop", "fine
 *   china", "India ink", "a New York minute", so a Title Case headline holding one links no state.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe("a state's name amid a match report is its team", () => {
  it('overs and batters make a cricket report', () => {
    const text =
      'India’s reply began in chaos. Two batters fell inside three overs, and the crowd went quiet.';
    expect(linksOver(text, 'India')).toEqual([]);
  });

  it('a coach, the players and the season make a football report', () => {
    const text =
      'Oman, under a new coach, named eleven players for the opening match of the season on Friday.';
    expect(linksOver(text, 'Oman')).toEqual([]);
  });

  it('a government amid none of those words keeps its link', () => {
    const text = 'India’s government said the talks with Pakistan would resume next week.';
    expect(linksOver(text, 'India', 'India’s government')).toEqual(['india']);
  });
});

describe('a capital placed inside or beside the city is the city', () => {
  for (const [sentence, capital] of [
    ['Shoppers crowded the Grand Bazaar in central Tehran on Sunday.', 'Tehran'],
    ['Crowds gathered in downtown Tehran after Friday prayers.', 'Tehran'],
    ['Explosions were heard over northern Tehran overnight.', 'Tehran'],
    ['A fire broke out in a warehouse in western Kabul.', 'Kabul'],
  ] as const)
    it(`"${sentence}"`, () => {
      const text = `Iran, Pakistan and Afghanistan closed their borders. ${sentence}`;
      expect(linksOver(text, capital, sentence)).toEqual([]);
    });

  it('the government still speaks from the capital', () => {
    const text = 'Iran rejected the offer. Officials in Tehran said the talks were over.';
    expect(linksOver(text, 'Tehran')).toEqual(['iran']);
  });
});

describe('a capital with its state or "a city" in apposition is the city', () => {
  for (const [sentence, capital] of [
    ['Smoke rose over Tehran, Iran, on Sunday morning.', 'Tehran'],
    ['Gulf Weekly · Doha, Qatar', 'Doha'],
    ['Tehran, a city of nine million, braced for more strikes.', 'Tehran'],
  ] as const)
    it(`"${sentence}"`, () => {
      const text = `Iran and Qatar spoke on Saturday.\n\n${sentence}`;
      expect(linksOver(text, capital, sentence)).toEqual([]);
    });

  it('a list of capitals stays a list of governments', () => {
    const text =
      'Donald Trump, Qatar and Iran took part. Washington, Tehran, Riyadh and Doha all welcomed the deal.';
    expect(linksOver(text, 'Washington')).toEqual(['united-states']);
    expect(linksOver(text, 'Tehran')).toEqual(['iran']);
  });
});

describe('a name inside an English idiom is the common noun, in a Title Case headline too', () => {
  for (const [headline, name] of [
    ['Like a Bull in a China Shop, Trump Rewrites the Rules', 'China'],
    ['Served on Fine China: Inside the Cabinet Room', 'China'],
    ['Maps Drawn in India Ink Tell the Story of Partition', 'India'],
    ['Peace in a New York Minute? Not Quite', 'New York'],
  ] as const)
    it(`"${headline}"`, () => {
      const text = `${headline}\n\nChina and India sent envoys to New York on Monday.`;
      expect(linksOver(text, name, headline)).toEqual([]);
    });
});
