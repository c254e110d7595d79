/**
 * Nineteenth pass on namesakes (issue #13), read from set S's wrong links and checked on A–R:
 *
 * - A capital closing its line after a separator is an address's last field, the city: a
 *   signatory's "journalist and author, Islamabad", a listing's "1,650 sq ft · Islamabad", a
 *   press release's "· Islamabad, 15 December 2025" (sets O, P and S). What stands before the
 *   separator may keep the government: a name the KB knows ("Pakistan, India") or its people
 *   ("— senior official, New Delhi").
 * - A title before a given name that ends in a vowel and "s" ("President Abbas", "President
 *   Nikos Christodoulides") is that person's title, not an epithet for the KB's president: such
 *   names were read as a plural or a headline's verb (sets R and S).
 * - A state's name signed with an age and a town ("India, 9, Glasgow") or after "my name is" is a
 *   reader's given name (sets I and S).
 * - A person's or a state's name before "-branded", "-inspired", "-style" or "-themed" names a
 *   label ("Trump-branded towers", "Tehran-style kebab"), not them (sets I, J and S); a place's
 *   style is still the place's ("Gaza-style salad").
 * - Two capitals that are no word before a body's name are another state's ("the UK Foreign
 *   Office", sets J, Q and R), not a shouted label like "JUST IN".
 * - An honorific and a given name before a KB name make it a person's surname even in a line where
 *   every word is capitalised ("Prof. Farhan Sharif — Institute of Business Administration", "Dr
 *   Sarah Washington — Georgetown University"; set S's list of signatories).
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe("a capital closing its line after a separator is an address's last field", () => {
  it.each([
    ['a signatory', 'Signatories:\nZubair Hussain — journalist and author, Islamabad\nHina Qureshi — lawyer'],
    ['a listing', 'Corner unit, Bahria Enclave\n3 beds · 1,650 sq ft · Islamabad\nFacing the hills.'],
    ['an address', 'Institute of Regional Studies · Sector F-5/2, Islamabad.'],
    ['a dated release', 'Press release · For immediate publication · Islamabad, 15 December 2025'],
  ])('%s', (_, field) => {
    // The page speaks of the government first, so a bare "Islamabad" would be it.
    const text = `Islamabad said on Monday that it welcomed the ceasefire with India.\n\n${field}`;
    expect(mentions(text).filter((m) => m.endsWith('→pakistan'))).toEqual(['Islamabad→pakistan']);
  });

  it("keeps the government after its people or another state's name", () => {
    const quote = '"The army wants to be America\'s policeman." — senior official, New Delhi';
    expect(mentions(quote)).toContain('New Delhi→india');
    expect(mentions('Ceasefire holds, say Pakistan, India\nMore soon.')).toContain('India→india');
  });
});

describe('a title before a given name ending in a vowel and "s" is that person\'s', () => {
  it.each([
    ['President Abbas, who addressed the conference by video, thanked Spain.'],
    ['President Nikos Christodoulides, who attended the meeting, said Cyprus was ready.'],
  ])('%s', (line) => {
    const text = `US President Donald Trump spoke on Monday.\n\n${line}`;
    expect(mentions(text).filter((m) => m.startsWith('President→'))).toEqual([]);
  });

  it("a title before the KB holder's own name is still his", () => {
    expect(mentions('President Donald Trump thanked Pakistan.')).toContain(
      'President Donald Trump→donald-trump',
    );
  });
});

describe('a state\'s name signed with an age, or after "my name is", is a reader\'s given name', () => {
  const news = 'Israel and India both said on Monday that the fighting had stopped.\n\n';
  it.each([
    ['India, 9, Glasgow\nMy name is the same as a country. I hope all the wars stop.', 'India'],
    ['Israel, 14, London\nIt is annoying when people ask me about the news.', 'Israel'],
    ['My name is Israel and people always ask me about the news.', 'Israel'],
  ])('%s', (comment, name) => {
    const found = mentions(news + comment).filter((m) => m.startsWith(`${name}→`));
    expect(found).toEqual([`${name}→${name.toLowerCase()}`]);
  });

  it("a state's name before a number that is no age still links", () => {
    expect(mentions('Israel, Iran and India: the year in review')).toContain('India→india');
  });
});

describe('a name before "-branded", "-inspired" or "-style" is a label', () => {
  it.each([
    ['A Trump-branded tower was announced in Lahore, then denied.', 'Trump'],
    ['Gold fittings throughout, which the listing calls Trump-inspired.', 'Trump'],
    ['Persian night with Tehran-style chelow kebab on Saturday.', 'Tehran'],
  ])('%s', (line, name) => {
    const text = `Donald Trump spoke to Iran's leaders on Monday.\n\n${line}`;
    expect(mentions(text).filter((m) => m.startsWith(`${name}→`))).toEqual([]);
  });

  it("a place's style is the place's", () => {
    expect(mentions('Recipe: Gaza-style dagga salad from a Hamra kitchen')).toContain('Gaza→gaza');
  });
});

describe('two capitals that are no word before a body name another state', () => {
  it("the UK Foreign Office is not Pakistan's", () => {
    const text =
      "Pakistan's Foreign Office said talks would go on.\n\nCheck the UK Foreign Office advice before you go.";
    expect(mentions(text).filter((m) => m.endsWith('→pakistan-foreign-office'))).toEqual([
      "Pakistan's Foreign Office→pakistan-foreign-office",
    ]);
  });

  it('a shouted two-letter word is still a label', () => {
    expect(mentions('Donald Trump spoke.\n\nJUST IN Trump repeats claim he stopped a war')).toContain(
      'Trump→donald-trump',
    );
  });
});

describe('an honorific and a given name before a KB name make it a surname in a Title Case line', () => {
  const page = 'Donald Trump met Shehbaz Sharif on Monday.\n\n';
  it('Prof. Farhan Sharif', () => {
    const text = `${page}Prof. Farhan Sharif — Institute of Business Administration, Karachi`;
    expect(mentions(text).filter((m) => m.startsWith('Sharif→'))).toEqual([]);
  });

  it('Dr Sarah Washington', () => {
    const text = `${page}Dr Sarah Washington — Georgetown University, Washington`;
    expect(mentions(text).filter((m) => m.startsWith('Washington→'))).toEqual(['Washington→washington-dc']);
  });
});
