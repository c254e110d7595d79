/**
 * Thirteenth pass on names (issue #13).
 *
 * - An organisation's proper name opening a person's title nests in the person's mention, as the
 *   guide draws it ("Pakistan Army chief Asim Munir": Munir, with the Pakistan Army inside), even
 *   though the title is itself one of the person's names ("Pakistan army chief"). Written in
 *   lower case ("Pakistan army chief") the words name the state, and on a line in capitals case
 *   says nothing, so the state is kept there too.
 *
 * - A masthead, the first item of a line before a middle dot, is read alone, not as part of a
 *   Title Case headline: a name inside it with other capitalised words is part of the
 *   publication's name ("GULF LIVE · News · Opinion", "PULSE SOUTH ASIA · DIPLOMACY"). The
 *   items after it are sections that name their subject ("Israel News", "PAKISTAN EDITION").
 * - A name that is also an English word, inside the idiom that word makes, is the common noun
 *   even in a Title Case headline, where case says nothing ("A Trump Card Wasted", "The Gulf
 *   Between Us", "Bridging the Gulf", "a Thanksgiving Turkey"): the idiom's other word decides.
 * - Diplomats in a capital are mostly other states', posted there, and a sport's officials are
 *   its federation's: "diplomats in Doha", "hockey officials in Islamabad" name the city, while
 *   "officials in Islamabad" still name the government.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

/** The mentions nested in the one over `phrase`, as "text→entity". */
function nestedIn(text: string, phrase: string): string[] {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const mentions = scanSeed(text);
  const outer = mentions.findIndex((m) => m.start === at && m.end === at + phrase.length);
  expect(outer, `no mention over "${phrase}"`).toBeGreaterThanOrEqual(0);
  return mentions.filter((m) => m.parent === outer).map((m) => `${m.text}→${m.entity.id}`);
}

describe("an organisation's name opening a title nests in the titled name", () => {
  it('"Pakistan Army chief Asim Munir" is Munir with the Pakistan Army inside', () => {
    const text = 'Donald Trump hosted Pakistan Army chief Asim Munir for lunch at the White House.';
    expect(nestedIn(text, 'Pakistan Army chief Asim Munir')).toEqual(['Pakistan Army→pakistan-army']);
  });

  it('so is the title alone, when the page has named him', () => {
    const text =
      'Field Marshal Asim Munir flew to Washington. Later the Pakistan Army chief met officials at the Pentagon.';
    expect(nestedIn(text, 'Pakistan Army chief')).toEqual(['Pakistan Army→pakistan-army']);
  });

  it('in lower case the title holds the state', () => {
    const text = 'Donald Trump hosted Pakistan army chief Asim Munir for lunch at the White House.';
    expect(nestedIn(text, 'Pakistan army chief Asim Munir')).toEqual(['Pakistan→pakistan']);
  });
});

describe('a masthead is read alone, not as a Title Case headline', () => {
  const story = '\n\nQatar and Saudi Arabia pressed Pakistan to join the Gulf talks on South Asia.';
  for (const [masthead, name] of [
    ['GULF LIVE · News · Middle East · Explained · Opinion · Video', 'GULF'],
    ['PULSE SOUTH ASIA · DIPLOMACY · YEAR IN REVIEW', 'SOUTH ASIA'],
    ['Gulf Live · Doha, Qatar', 'Gulf'],
  ] as const)
    it(`"${masthead.split(' · ')[0]}" is a publication`, () => {
      expect(linksOver(masthead + story, name)).toEqual([]);
    });

  it('a section after the masthead still names its subject', () => {
    const text = 'THE DESERT LEDGER · PAKISTAN EDITION · World' + story;
    expect(linksOver(text, 'PAKISTAN')).toEqual(['pakistan']);
  });

  it('the story below still names the place', () => {
    expect(linksOver('GULF LIVE · News · Opinion' + story, 'South Asia')).toEqual(['south-asia']);
  });
});

describe('a name inside an idiom of its word is the common noun, even in Title Case', () => {
  const story = '\n\nDonald Trump met envoys from Turkey and the Gulf states in Washington.';
  for (const [headline, name] of [
    ['A Trump Card Wasted', 'Trump'],
    ["Is Pakistan Trump's Trump Card in the Middle East?", 'Trump Card'],
    ['Bridging the Gulf With New Delhi', 'the Gulf'],
    ['The Gulf Between Us', 'The Gulf'],
    ['How to Brine a Thanksgiving Turkey Without Losing Your Mind', 'Turkey'],
  ] as const)
    it(`"${headline}"`, () => {
      const phrase = name.split(' ')[0]!;
      expect(linksOver(headline + story, phrase, name)).toEqual([]);
    });

  it('the names themselves still link, in the headline and below it', () => {
    const text = "Is Pakistan Trump's Trump Card in the Middle East?" + story;
    expect(linksOver(text, 'Trump', "Trump's")).toEqual(['donald-trump']);
    expect(linksOver(text, 'Turkey')).toEqual(['turkey']);
  });
});

describe("who is in a capital: diplomats and a sport's officials are in the city", () => {
  const lead = 'Pakistan, Qatar and Egypt sent envoys. ';
  for (const [sentence, name] of [
    ['Diplomats in Islamabad like to say the lunch was the costliest in history.', 'Islamabad'],
    ['The talks went on as diplomats in Doha and Cairo drafted the mandate.', 'Doha'],
    ['Hockey officials in Islamabad said the team would not travel.', 'Islamabad'],
  ] as const)
    it(`"${sentence.slice(0, 40)}…" names the city`, () => {
      expect(linksOver(lead + sentence, name)).toEqual([]);
    });

  it('officials in the capital are still its government', () => {
    expect(linksOver(lead + 'Officials in Islamabad said the team would not travel.', 'Islamabad')).toEqual([
      'pakistan',
    ]);
  });
});
