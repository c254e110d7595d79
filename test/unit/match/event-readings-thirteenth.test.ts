/**
 * Readings of events added in #13's thirteenth pass, tuned on sets A–I (noun phrases only, as the
 * guide's rulings of 6 December label events). Sentences written for these tests, not taken from
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity". */
function events(text: string): string[] {
  return scanSeed(text)
    .filter((m) => m.entity.kind === 'event')
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('a noun that names a happening only after words of the event’s own names', () => {
  const page = 'Donald Trump praised Pakistan in June. ';
  it('"the Nobel letter" is the nomination', () => {
    expect(events(`${page}Opposition senators mocked the Nobel letter for weeks.`)).toEqual([
      'Nobel letter→trump-nobel-nomination',
    ]);
  });

  it('"Pakistan’s Nobel gambit" too, with its possessor', () => {
    expect(events(`${page}Few in Delhi were impressed by Pakistan's Nobel gambit.`)).toEqual([
      "Pakistan's Nobel gambit→trump-nobel-nomination",
    ]);
  });

  it('but not a letter or a move that no word of its names identifies', () => {
    expect(
      events(`${page}Sharif's letter to Trump was brief, and Pakistan's next move was unclear.`),
    ).toEqual([]);
  });
});

describe('a stranger right after the preposition', () => {
  const page = 'Israel and Iran fought for twelve days in June. ';
  it('"Israeli raids on Deir al-Balah" are not the twelve-day war', () => {
    expect(events(`${page}In November Israeli raids on Deir al-Balah killed nine people.`)).toEqual([]);
  });

  it('"a peace accord between Thailand and Cambodia" names no KB accord', () => {
    const text =
      'Trump brokered the Gaza ceasefire between Israel and Hamas. He later watched the signing of a peace accord between Thailand and Cambodia.';
    expect(events(text)).not.toContain('peace accord→gaza-ceasefire');
  });

  it('while "Israeli raids" alone, or on a place the KB knows, still are', () => {
    expect(events(`${page}Pakistan condemned the Israeli raids on Tehran within hours.`)).toEqual([
      'Israeli raids on Tehran→twelve-day-war',
    ]);
  });
});

describe('a kind of happening none of the news’s events was', () => {
  const page = 'India and Pakistan fought for four days in May. ';
  it('"a nuclear war between India and Pakistan" is the war said to be averted', () => {
    expect(events(`${page}Trump says he stopped a nuclear war between India and Pakistan.`)).toEqual([]);
  });

  it('while "the war between India and Pakistan" is the conflict', () => {
    expect(events(`${page}Trump says he ended the war between India and Pakistan.`)).toEqual([
      'war between India and Pakistan→india-pakistan-conflict',
    ]);
  });
});

describe('"UN week" is the 2025 session, as the guide’s rulings read it', () => {
  it('on a page about the prime minister in New York', () => {
    expect(events('Shehbaz Sharif spent UN week in New York courting Gulf leaders.')).toEqual([
      'UN week→unga-2025',
    ]);
  });

  it('but not on a page that names no one tied to the session', () => {
    expect(events('Last year the president skipped UN week entirely.')).toEqual([]);
  });
});

describe('a name before a noun of a document’s text is a word of that text', () => {
  const page = 'Pakistan denied reissuing its passports this autumn. ';
  it('"the removal of the Israel clause" is the passport change, not ruled out by Israel', () => {
    expect(events(`${page}Officials called the removal of the Israel clause a rumour.`)).toEqual([
      'removal of the Israel clause→pakistani-passport-wording-change',
    ]);
  });

  it('"the deletion of the Israel line" too', () => {
    expect(events(`${page}Nobody could confirm the deletion of the Israel line.`)).toEqual([
      'deletion of the Israel line→pakistani-passport-wording-change',
    ]);
  });

  it('while "the removal of Israel’s envoy" is no change of wording', () => {
    expect(events(`${page}Officials called the removal of Israel's envoy a rumour.`)).toEqual([]);
  });
});

describe('the amendment’s number spelled out, with "Constitutional"', () => {
  it('"the Twenty-seventh Constitutional Amendment" is the amendment', () => {
    expect(
      events('Pakistan’s parliament passed the Twenty-seventh Constitutional Amendment in November.'),
    ).toEqual(['Twenty-seventh Constitutional Amendment→pakistan-constitutional-amendment']);
  });
});
