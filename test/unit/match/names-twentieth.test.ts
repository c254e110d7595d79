/**
 * Twentieth pass on names (issue #13), read from set S's misses and checked on A–R: who else
 * holds an office, as a reader tells it.
 *
 * - A role phrase after an organisation's name and a comma does not describe it ("a visit to the
 *   State Department, the field marshal arrived"): only a person, or a name the KB does not
 *   know, holds an office.
 * - A title before a name is seen whatever stands before it ("India's current army chief,
 *   General Upendra Dwivedi", "Separately, Army chief General …"): that other holder leaves a bare
 *   "the army chief" in the block unread, as the guide asks.
 * - A deputy's, a vice-president's or a past holder's title names no rival holder ("Deputy PM
 *   Ishaq Dar", "vice-president JD Vance", "former prime minister Imran Khan"), nor does a title
 *   naming a building ("PM House").
 * - A role phrase naming its state ("the US president") is told apart from a holder the text
 *   ties to no state ("President Sisi").
 * - A verb opening a sentence as a command ("Keep Pakistan engaged", "Consider Pakistan's year",
 *   "Ask Pakistan how …") is no given name before a state.
 * - A headline opening with a quotation mark ("'A Win For Pakistan'") and a short one with a
 *   function word in capitals ("India And Pakistan", "GOVERNMENT OF PAKISTAN") are Title Case,
 *   where a capitalised neighbour makes no longer name.
 * - A courtesy title after a name starts the next name ("In Pakistan Mr Khan had to explain").
 * - "Capitol Hill" is Congress on a page that does not name Congress in full (the knowledge base
 *   asked for that context before; news about its events means the neighbourhood almost never).
 * - A headline's verb before a qualified title points at the holder ("Trump hosts Pakistani army
 *   chief", "President thanks Pakistani premier"), as a preposition does; "is" or "was" does not.
 * - "Our army chief", like "its army chief", is the army chief the page names: only a state has
 *   one. "Our prime minister" stays unread (an Indian speaker's is Modi).
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

describe('a role phrase after an organisation is no description of it', () => {
  it('"… to the State Department, the field marshal arrived" is the field marshal', () => {
    const text =
      'Field Marshal Asim Munir was promoted in May.\n\nIn June, days after a delegation went to the State Department, the field marshal arrived in Tampa.';
    expect(linksOver(text, 'the field marshal', 'Department, the field marshal')).toEqual(['asim-munir']);
  });

  it('while "Daniel Rosen, the president of …" still describes Rosen', () => {
    const text =
      'Donald Trump spoke.\n\nShehbaz Sharif met Daniel Rosen, the president of the group, in New York.';
    expect(linksOver(text, 'the president')).not.toContain('donald-trump');
  });
});

describe("another holder's title is seen whatever stands before it", () => {
  const page = 'Field Marshal Asim Munir had lunch at the White House.\n\n';
  it.each([
    "India's current army chief, General Upendra Dwivedi, made no comment. Sources said the army chief had been briefed.",
    'Separately, Army chief General Upendra Dwivedi spoke in Delhi. The army chief warned against provocation.',
  ])('%s', (block) => expect(linksOver(page + block, 'the army chief', block)).toEqual([]));

  it('an appositive after "our" is its holder\'s epithet', () => {
    const text = 'In June our army chief, Field Marshal Asim Munir, was having lunch with President Trump.';
    expect(linksOver(text, 'our army chief')).toEqual(['asim-munir']);
  });
});

describe("a deputy's, a past holder's or a building's title names no rival", () => {
  it.each([
    [
      'Shehbaz Sharif landed in Cairo.\n\nDeputy PM Ishaq Dar is accompanying the prime minister.',
      'the prime minister',
      'shehbaz-sharif',
    ],
    [
      'Donald Trump spoke at night.\n\nFlanked by vice-president JD Vance, the president said the sites were destroyed.',
      'the president',
      'donald-trump',
    ],
    [
      'Shehbaz Sharif chaired the cabinet.\n\nThe party of the jailed former prime minister Imran Khan walked out, and the prime minister spoke.',
      'the prime minister',
      'shehbaz-sharif',
    ],
    [
      'Shehbaz Sharif telephoned Tehran.\n\nA statement came from PM House. The prime minister said Pakistan stood with Iran.',
      'The prime minister',
      'shehbaz-sharif',
    ],
  ])('%s', (text, phrase, id) => expect(linksOver(text, phrase)).toEqual([id]));
});

describe('a role phrase naming its state is told apart from a holder of no stated state', () => {
  it('"President Sisi" leaves "the US president" to Trump', () => {
    const text =
      'Donald Trump arrived in Egypt.\n\nThe prime minister thanked President Trump and President Sisi, and called the US president a man of peace.';
    expect(linksOver(text, 'the US president')).toContain('donald-trump');
  });
});

describe('"our" before an office only a state has', () => {
  const page = 'Field Marshal Asim Munir met Shehbaz Sharif in Rawalpindi.\n\n';
  it('"our army chief" is the army chief the page names', () => {
    const text = page + 'A handshake costs nothing: even Trump shook hands with our army chief.';
    expect(linksOver(text, 'our army chief')).toEqual(['asim-munir']);
  });

  it('"our prime minister" is not read', () => {
    const text = page + 'India needs no lunch to prove anything; our prime minister spoke to Trump directly.';
    expect(linksOver(text, 'our prime minister')).toEqual([]);
  });
});

describe('a command opening a sentence is no given name', () => {
  it.each([
    ['Keep Pakistan engaged on Iran, including on any revival of the talks.', 'Pakistan'],
    ["Consider Pakistan's year. In May it fought a short air war.", 'Pakistan'],
    ['Ask Pakistan how many of its missiles were intercepted.', 'Pakistan'],
    ['Expect Iran to answer within days.', 'Iran'],
  ])('%s', (text, name) => expect(linksOver(text, name)).toEqual([name.toLowerCase()]));
});

describe('short Title Case headings', () => {
  const page = 'Pakistan and India agreed to a ceasefire in May.\n\n';
  it.each([
    ["'A Win For Pakistan'", 'Pakistan'],
    ['1. India And Pakistan', 'Pakistan'],
    ['1. India And Pakistan', 'India'],
    ['GOVERNMENT OF PAKISTAN\nMINISTRY OF DEFENCE', 'PAKISTAN'],
  ])('%s', (heading, name) =>
    expect(linksOver(page + heading + '\n\nThe text follows.', name, heading)).toEqual([name.toLowerCase()]),
  );

  it('while a capitalised run of three with no such word is still another name', () => {
    const found = scanSeed('The Pakistan Playbook\n\nThe text follows.');
    expect(found.some((m) => m.entity.id === 'pakistan')).toBe(false);
  });
});

describe('a courtesy title after a name starts the next one', () => {
  it.each([
    ['In Pakistan Mr Khan had to explain himself on television.', 'Pakistan'],
    ['In Iran Dr Pezeshkian spoke of solidarity.', 'Iran'],
  ])('%s', (text, name) => expect(linksOver(text, name)).toEqual([name.toLowerCase()]));
});

describe('"Capitol Hill" is Congress', () => {
  it('without the page naming Congress in full', () => {
    const text =
      'Early June: a Pakistani delegation went to the State Department and Capitol Hill to brief on the crisis.';
    expect(linksOver(text, 'Capitol Hill')).toEqual(['us-congress']);
  });
});

describe("a headline's verb before a qualified title", () => {
  const page = 'Field Marshal Asim Munir and Shehbaz Sharif flew to Washington.\n\n';
  it.each([
    ['Trump hosts Pakistani army chief at White House', 'Pakistani army chief', 'asim-munir'],
    ['President thanks Pakistani premier', 'Pakistani premier', 'shehbaz-sharif'],
  ])('%s', (headline, phrase, id) => expect(linksOver(page + headline, phrase, headline)).toContain(id));

  it('"is" before one names no holder', () => {
    const text = page + 'What matters is Pakistani army chief succession, analysts say.';
    expect(linksOver(text, 'Pakistani army chief')).not.toContain('asim-munir');
  });
});
