/**
 * Twenty-third pass on names (issue #13), read from set V's errors and checked on A–V.
 *
 * - An actor that opens a shorter name of the same event inside a longer one ("India" in "the
 *   2025 India–Pakistan conflict", "Gaza" in "the Gaza ceasefire deal") nests like the actors
 *   after it: the walk from that word no longer skips it for having found the event's own name.
 *
 * - A wire slug that heads a story in ordinary case ("USA-PAKISTAN/Army chief at White House")
 *   names the story's subjects; a desk's filing code in capitals ("PAKISTAN-USA/MUNIR (UPDATE 3)")
 *   still names no one.
 *
 * - An aircraft's or a weapon's model after a name ("US B-2s", "U.S. F-35 jets", "Pakistan
 *   KSE-100") makes no longer name of it.
 *
 * - "General Mousavi" is Iran's armed forces chief without his full name on the page, as "General
 *   Munir" is Pakistan's army chief: no other General Mousavi is in the news (the corpus labels it
 *   eighteen times, never as a namesake). The bare surname still waits for the full name.
 *
 * - A person's name before another entity's ("the Trump White House") is no given name making a
 *   longer name of it; before a person's name it still may be ("Salman Ali Agha").
 *
 * - "The 80th session of the UN General Assembly" names the session and, inside it, the assembly;
 *   "the sidelines of this year's UN General Assembly" names the session alone, as before.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

/** The nested mentions inside the first mention over `outer`, as their text. */
function innerOf(text: string, outer: string): string[] {
  const at = text.indexOf(outer);
  const mentions = scanSeed(text);
  const parent = mentions.findIndex(
    (m) => m.start <= at && m.end >= at + outer.length && m.parent === undefined,
  );
  expect(parent).toBeGreaterThanOrEqual(0);
  return mentions.filter((m) => m.parent === parent).map((m) => m.text);
}

describe("an actor opening the event's own shorter name still nests", () => {
  it.each([
    [
      'Scholars still argue about the 2025 India–Pakistan conflict and its lessons.',
      'India–Pakistan conflict',
      ['India', 'Pakistan'],
    ],
    ['Aid convoys moved once the Gaza ceasefire deal was signed in Egypt.', 'Gaza ceasefire deal', ['Gaza']],
  ])('%s', (text, outer, inner) => expect(innerOf(text, outer)).toEqual(inner));
});

describe('a wire slug heading a story names its subjects', () => {
  it.each([
    ['PAKISTAN-USA/Nobel letter goes to Oslo', ['pakistan', 'united-states']],
    ['SPAIN-ISRAEL-PAKISTAN/Ministers talk at a trade fair', ['spain', 'israel', 'pakistan']],
  ])('%s', (text, ids) => expect(scanSeed(text).map((m) => m.entity.id)).toEqual(ids));

  it('but not in a filing code', () => {
    expect(scanSeed('Desk note: PAKISTAN-USA/NOBEL (UPDATE 2, PIX)').map((m) => m.entity.id)).toEqual([]);
  });
});

describe("a model's designation after a name makes no longer name", () => {
  it.each([
    ['June 22: US B-2s pound Fordow before dawn.', 'US', 'united-states'],
    ['Days later U.S. F-35 jets flew over the Gulf.', 'U.S.', 'united-states'],
    ['Markets: Pakistan KSE-100 opens lower.', 'Pakistan', 'pakistan'],
  ])('%s', (text, name, id) => expect(linksOver(text, name)).toEqual([id]));
});

describe('"General Mousavi" names Iran\'s armed forces chief by itself', () => {
  it('links with no full name on the page', () => {
    const text = 'The army chief took a call from General Mousavi after the truce.';
    expect(linksOver(text, 'General Mousavi')).toEqual(['abdolrahim-mousavi']);
  });

  it('while the bare surname still does not', () => {
    expect(linksOver('Mousavi thanked Pakistan for its stance.', 'Mousavi')).toEqual([]);
  });
});

describe("a person's name before a place's or body's is no given name", () => {
  it.each([['Islamabad has spent the year courting the Trump White House.', 'White House', 'white-house']])(
    '%s',
    (text, name, id) => expect(linksOver(text, name)).toEqual([id]),
  );
});

describe('an assembly inside its named session', () => {
  it('nests in "the 80th session of the …"', () => {
    const text = 'Sharif spoke at the 80th session of the United Nations General Assembly on Friday.';
    expect(innerOf(text, 'United Nations General Assembly')).toEqual(['United Nations General Assembly']);
  });

  it('but the sitting alone after "this year\'s"', () => {
    const text = "They met on the sidelines of this year's UN General Assembly.";
    expect(innerOf(text, 'UN General Assembly')).toEqual([]);
  });
});
