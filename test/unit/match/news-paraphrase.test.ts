/**
 * Rules added after the blind corpus's sets B and C were opened (issue #13, second pass): more
 * ways outlets paraphrase the knowledge base's events, capitals standing for their governments
 * after words of standing or approach, names inside event names, and a date that rules an event
 * out. Each case was a miss or a wrong link on the corpus before its rule.
 */
import { describe, expect, it } from 'vitest';
import { scanPlainText } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);

/** The entity linked to the top-level mention that covers the start of `phrase`, or undefined. */
function linkOf(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return scanPlainText(text, dict, entities).mentions.find(
    (m) => m.parent === undefined && m.start <= at && m.end > at,
  )?.entity.id;
}

/** The entities of every mention overlapping `phrase` (its last occurrence). */
function linksAt(text: string, phrase: string): string[] {
  const at = text.lastIndexOf(phrase);
  return scanPlainText(text, dict, entities)
    .mentions.filter((m) => m.start < at + phrase.length && m.end > at)
    .map((m) => m.entity.id);
}

/** Mentions as "text→entity", inner ones indented. */
function found(text: string): string[] {
  return scanPlainText(text, dict, entities).mentions.map(
    (m) => `${m.parent !== undefined ? '  ' : ''}${m.text}→${m.entity.id}`,
  );
}

describe('events in more of the page’s own words', () => {
  const cases: [string, string, string][] = [
    [
      'Field Marshal Asim Munir recalled his June lunch with Mr Trump at the White House.',
      'lunch with Mr Trump',
      'munir-white-house-lunch',
    ],
    [
      'India and Pakistan agreed to a ceasefire after four days of hostilities.',
      'four days of hostilities',
      'india-pakistan-conflict',
    ],
    ['Pakistan has not forgotten the May crisis with India.', 'May crisis', 'india-pakistan-conflict'],
    [
      'Trump hosted Field Marshal Asim Munir; the lunch in Washington lasted two hours.',
      'lunch in Washington',
      'munir-white-house-lunch',
    ],
    [
      'Pakistan denied plans for the deployment of up to 20,000 Pakistani soldiers to Gaza.',
      'deployment of up',
      'pakistani-troop-deployment-to-gaza',
    ],
    [
      'Trump and Sharif attended the gathering of world leaders in Sharm el-Sheikh.',
      'gathering of world leaders',
      'sharm-el-sheikh-summit',
    ],
  ];
  for (const [text, phrase, event] of cases) {
    it(`links "${phrase}" to ${event}`, () => {
      expect(linkOf(text, phrase)).toBe(event);
    });
  }

  it('reads a capital named as the city as a place in its state ("march on Islamabad")', () => {
    const march = 'Tehreek-e-Labbaik Pakistan (TLP) rallied. Police stopped the TLP march on Islamabad.';
    expect(linkOf(march, 'TLP march')).toBe('tlp-protests');
    const talks = 'Iran and Oman said the US and Iran held talks in Muscat in April.';
    expect(linkOf(talks, 'talks in Muscat')).toBe('iran-nuclear-talks-oman');
  });

  it('does not read a delegation of another kind as the KB’s ("trade delegation visit")', () => {
    const text =
      'Pakistan and Israel: the deal would be followed by a US trade delegation visit to Islamabad in September.';
    expect(linkOf(text, 'delegation visit')).toBeUndefined();
  });

  it('does not link a phrase whose date, after "since", contradicts the event', () => {
    const text =
      'India and Pakistan fought in May. Kabul, in open conflict with Islamabad since October, is watching.';
    expect(linkOf(text, 'conflict with Islamabad')).toBeUndefined();
  });
});

describe('capitals standing for their governments', () => {
  it('reads a capital after words of standing or perception as its government', () => {
    expect(
      linkOf('Pakistan has enjoyed a standing in Washington it has not had in years.', 'Washington'),
    ).toBe('united-states');
    expect(linkOf('Israel and Pakistan: the change would be read in Tel Aviv as a signal.', 'Tel Aviv')).toBe(
      'israel',
    );
  });

  it('reads a capital approached politically as its government', () => {
    expect(linkOf('Israel watches. Is Pakistan inching towards Tel Aviv?', 'Tel Aviv')).toBe('israel');
  });

  it('reads a capital in a masthead or byline list, or sharing a place’s preposition, as the city', () => {
    expect(linksAt('Pakistan and Iran.\n\nLahore · Karachi · Islamabad', 'Islamabad')).toEqual([]);
    expect(
      linksAt('Pakistan and Iran.\n\nShahid Awan · Islamabad · Published: December 28', 'Islamabad'),
    ).toEqual([]);
    const byline =
      'Pakistan and Iran. The writer is a former ambassador who served in Washington and Tehran.';
    expect(linksAt(byline, 'Tehran')).toEqual([]);
    expect(linksAt('China and Pakistan. Kissinger flew secretly to Beijing.', 'Beijing')).toEqual([]);
  });

  it('still reads a capital after motion as the city', () => {
    expect(linkOf('Trump said so. Munir flew to Washington for a five-day visit.', 'Washington')).toBe(
      'washington-dc',
    );
  });
});

describe('names inside event names', () => {
  it('reports the place inside an event’s name, though the name runs on in capitals', () => {
    expect(found('Sharif attended the Sharm el-Sheikh Peace Summit.')).toContain(
      '  Sharm el-Sheikh→sharm-el-sheikh',
    );
  });

  it('reports an actor after another event’s name inside the outer one', () => {
    expect(found('Pakistan was a frontline state in the Soviet war in Afghanistan.')).toContain(
      '  Afghanistan→afghanistan',
    );
  });
});
