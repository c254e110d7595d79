/**
 * Nineteenth pass on names (issue #13), read from sets J–R's misses: forms of names the knowledge
 * base lacked, and role phrases real pages write.
 *
 * - Pakistan's names for the part of Kashmir it administers ("Azad Jammu and Kashmir", "Azad
 *   Kashmir", "AJK") are Kashmir, as the corpus guide's rulings of 6 December 2026 read them.
 * - "its" before an office only a state has ("its army chief", "its field marshal") points at the
 *   state the sentence speaks of, as "the" does; not "its president" (a bank's) or "its prime
 *   minister".
 * - A title before a colon and a person's name ("Prime Minister: Shehbaz Sharif") is a fact box's
 *   field, the office, not a mention of its holder; "PM: Pakistan will respond" is still the PM.
 * - An appositive role phrase before its holder's name reads past a rank or honorific the
 *   knowledge base does not file with the name ("the Chief of Army Staff, Field Marshal Syed Asim
 *   Munir"), which made him an unknown rival holder before.
 * - Iran's wording for its military chief, "Iran's armed forces chief" and "Iran's chief of
 *   staff", names him as "Iran's military chief" does; a bare "the chief of staff" (a White
 *   House's, an army's) is not read, and is no rival either.
 * - An index's or a bibliography's order, surname first ("Munir, Asim", "Weinbaum, Marvin G."),
 *   is the KB person's full name; a KB surname opening a line before another given name and page
 *   numbers ("Sharif, Nawaz, 37–8") is someone else, while "Sharif, Pezeshkian discuss …" in a
 *   list of headlines is still Sharif.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe("Pakistan's names for the Kashmir it administers are Kashmir", () => {
  it.each([
    ['Azad Jammu and Kashmir', 'Shelling damaged houses in Azad Jammu and Kashmir on Tuesday night.'],
    ['Azad Kashmir', 'Relatives in Lahore, Sialkot and Azad Kashmir stayed up all night.'],
    ['AJK', 'The AJK government paid a second tranche of compensation.'],
  ])('%s', (name, text) => expect(mentions(text)).toContain(`${name}→kashmir`));

  it('a lower-case "ajk" is no abbreviation', () => {
    expect(mentions('He typed ajk by mistake.').some((m) => m.endsWith('→kashmir'))).toBe(false);
  });
});

describe('"its" before an office only a state has', () => {
  it('its army chief is the army chief the page names', () => {
    const text =
      'Field Marshal Asim Munir rose fast. In January few in Washington thought about Pakistan. By June its army chief was a guest of the President.';
    expect(mentions(text)).toContain('its army chief→asim-munir');
  });

  it('its president is not read (a bank or a company has one)', () => {
    const text =
      'President Donald Trump spoke on Monday. The World Bank stayed quiet, and its president declined to comment.';
    expect(mentions(text).filter((m) => m.startsWith('its'))).toEqual([]);
  });
});

describe("a title before a colon and a person's name is a fact box's field", () => {
  it('names no holder', () => {
    const text =
      'Quick facts: Pakistan\nPopulation: about 240 million\nPrime Minister: Shehbaz Sharif (since March 2024)\nArmy chief: Field Marshal Asim Munir';
    const found = mentions(text);
    expect(found).toContain('Shehbaz Sharif→shehbaz-sharif');
    expect(found).not.toContain('Prime Minister→shehbaz-sharif');
    expect(found).not.toContain('Army chief→asim-munir');
  });

  it('a quoted headline is still the holder', () => {
    const text = 'Shehbaz Sharif addressed the nation. PM: Pakistan will respond at a time of its choosing';
    expect(mentions(text)).toContain('PM→shehbaz-sharif');
  });
});

describe('an appositive reads past ranks and honorifics to its holder', () => {
  it('the Chief of Army Staff, Field Marshal Syed Asim Munir', () => {
    const text =
      'On 18 June the President of the United States received the Chief of Army Staff, Field Marshal Syed Asim Munir, at the White House for lunch. Later the army chief flew to Tampa.';
    const found = mentions(text);
    expect(found).toContain('the Chief of Army Staff→asim-munir');
    expect(found).toContain('the army chief→asim-munir');
  });

  it('someone else of that office is still a rival', () => {
    const text =
      'Asim Munir was in Washington. In Delhi the army chief, General Upendra Dwivedi, said the army chief would not comment.';
    expect(mentions(text).filter((m) => m.endsWith('→asim-munir'))).toEqual(['Asim Munir→asim-munir']);
  });
});

describe("Iran's armed forces chief and Iran's chief of staff", () => {
  it.each(["Iran's armed forces chief", "Iran's chief of staff", 'Iran’s chief of staff'])('%s', (phrase) => {
    const text = `Abdolrahim Mousavi had just taken office. A week later ${phrase} called Field Marshal Asim Munir.`;
    expect(mentions(text)).toContain(`${phrase}→abdolrahim-mousavi`);
  });

  it('a bare "the chief of staff" is not read, nor a rival', () => {
    const text =
      'Abdolrahim Mousavi and Asim Munir spoke. The chief of staff, Susie Wiles, was not told, and the army chief flew home.';
    const found = mentions(text);
    expect(found.some((m) => m.startsWith('The chief of staff'))).toBe(false);
    expect(found).toContain('the army chief→asim-munir');
  });
});

describe("an index's order, surname first", () => {
  it('is the KB person', () => {
    const found = mentions('Index\nMunir, Asim, 71–98\nWeinbaum, Marvin G. (2025). Pakistan and Washington.');
    expect(found).toContain('Munir, Asim→asim-munir');
    expect(found).toContain('Weinbaum, Marvin G.→marvin-g-weinbaum');
  });

  it("another given name after a KB surname is someone else's", () => {
    const found = mentions('Index\nSharif, Nawaz, 37–8\nSharif, Shehbaz, 76–80\nMunir, Tariq, 7n');
    expect(found).toEqual(['Sharif, Shehbaz→shehbaz-sharif']);
  });

  it('a list of headlines is not an index', () => {
    const text =
      'Shehbaz Sharif and Masoud Pezeshkian spoke.\nSharif, Pezeshkian discuss border trade after ceasefire';
    expect(mentions(text).filter((m) => m.startsWith('Sharif'))).toEqual(['Sharif→shehbaz-sharif']);
  });
});
