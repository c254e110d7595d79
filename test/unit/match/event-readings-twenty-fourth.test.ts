/**
 * Readings of events added in #13's twenty-fourth events pass, tuned on sets A–W. Sentences
 * written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` after `page`, as "text→entity". */
function events(page: string, text: string): string[] {
  return scanSeed(`${page}${text}`)
    .filter((m) => m.entity.kind === 'event' && m.start >= page.length)
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('"the international force" (a definite-only modifier, phrase-words.ts)', () => {
  const page = 'Hamas and Israel are observing a truce in Gaza, and diplomats are drafting the next phase. ';

  it('reads the definite phrase as the force whose names call it international', () => {
    expect(events(page, 'Jakarta has offered engineers to the international force, officials said.')).toEqual(
      ['international force→gaza-stabilisation-force'],
    );
  });

  it('not an indefinite one, which is any such force', () => {
    expect(events(page, 'Jakarta would only ever send engineers to an international force.')).toEqual([]);
  });
});

describe('the passport line and news of its change', () => {
  const page = 'Pakistan was reported to have removed the Israel line from its new passports. ';

  it('reads "the passport rumour" and "the passport story" as the change', () => {
    expect(events(page, 'Ministers spent a week denying the passport rumour.')).toEqual([
      'passport rumour→pakistani-passport-wording-change',
    ]);
    expect(events(page, 'Few readers believed the passport story.')).toEqual([
      'passport story→pakistani-passport-wording-change',
    ]);
  });

  it('not the endorsement itself, quoted (the corpus guide: the line is not its change)', () => {
    expect(
      events(page, 'Older booklets still say "valid for all countries except Israel" on page two.'),
    ).toEqual([]);
  });
});

describe("a happening told as how another ended, placed at a site (the guide's fourth ruling)", () => {
  const page = 'Tehreek-e-Labbaik Pakistan set out from Lahore for the capital in October. ';

  it('reads "ended in a deadly crackdown at Muridke" as the protests', () => {
    const found = events(
      page,
      'The convoy, which ended in a deadly crackdown at Muridke, never reached Islamabad.',
    );
    expect(found.filter((f) => f.includes('crackdown at Muridke→tlp-protests'))).toHaveLength(1);
  });

  it('keeps a restrictive "that ended in …" inside the first happening\'s telling', () => {
    const found = events(page, 'Mourners recalled the march that ended in gunfire at Muridke.');
    expect(found.filter((f) => f.startsWith('gunfire'))).toEqual([]);
  });
});

describe("an office as the possessor of a happening (the guide's fourth ruling)", () => {
  const page = 'Field Marshal Asim Munir sat down to lunch with Donald Trump at the White House in June. ';

  it('reads "the army chief\'s visit" as the lunch, with the office nested as its holder', () => {
    const found = scanSeed(`${page}Editors in Delhi covered the army chief's visit for a week.`).filter(
      (m) => m.start >= page.length,
    );
    expect(found.map((m) => `${m.text}→${m.entity.id}`)).toEqual([
      "the army chief's visit→munir-white-house-lunch",
      'the army chief→asim-munir',
    ]);
  });

  it('keeps the office\'s qualifier in the span ("the US President\'s lunch")', () => {
    expect(events(page, "Reporters described the US President's lunch in detail.")).toEqual([
      "the US President's lunch→munir-white-house-lunch",
    ]);
  });

  it('not a happening noun before "speech", which names the speech', () => {
    const nominated = 'Pakistan nominated Donald Trump for the Nobel Peace Prize in June. ';
    expect(events(nominated, "Few diplomats enjoyed the premier's nomination speech.")).toEqual([]);
  });
});
