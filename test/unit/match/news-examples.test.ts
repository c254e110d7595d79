/**
 * Every example of issue #13 ("Right on real news"), against the seed knowledge base: events
 * named in a page's own words, names inside names, epithets and spelling variants, capitals read
 * as cities, and each class of namesake, which must link to nothing the knowledge base has.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPlainText, scanStatic } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);

/** Mentions as "text→entity", inner ones as "  text→entity" (indented under their parent). */
function found(text: string): string[] {
  return scanPlainText(text, dict, entities).mentions.map(
    (m) => `${m.parent !== undefined ? '  ' : ''}${m.text}→${m.entity.id}`,
  );
}

/** The entity linked to the mention that covers `phrase`, or undefined. */
function linkOf(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  const hit = scanPlainText(text, dict, entities).mentions.find(
    (m) => m.parent === undefined && m.start <= at && m.end >= at + 1 && m.start < at + phrase.length,
  );
  return hit?.entity.id;
}

/** Every entity linked anywhere inside `phrase`. */
function linksInside(text: string, phrase: string): string[] {
  const at = text.indexOf(phrase);
  return scanPlainText(text, dict, entities)
    .mentions.filter((m) => m.start < at + phrase.length && m.end > at)
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('events named in the page’s own words', () => {
  const cases: [string, string, string][] = [
    [
      'Pakistan says last month’s aerial conflict between India and Pakistan ended in a ceasefire.',
      'aerial conflict between India and Pakistan',
      'india-pakistan-conflict',
    ],
    [
      'Islamabad and Washington differ over the U.S.-led bombing of Iranian nuclear sites.',
      'bombing of Iranian nuclear sites',
      'us-strikes-on-iranian-nuclear-facilities',
    ],
    [
      'Pakistan marked the anniversary of the four-day conflict with India on Friday.',
      'four-day conflict with India',
      'india-pakistan-conflict',
    ],
    [
      'Pakistan condemned the recent US attacks on Iran.',
      'US attacks on Iran',
      'us-strikes-on-iranian-nuclear-facilities',
    ],
    [
      'Pakistan fought a brief military conflict with India in May.',
      'brief military conflict with India',
      'india-pakistan-conflict',
    ],
    [
      'Pakistan may join the proposed international force for Gaza.',
      'international force for Gaza',
      'gaza-stabilisation-force',
    ],
    [
      'Prime Minister Shehbaz Sharif held a telephonic conversation with Iranian President Masoud Pezeshkian.',
      'telephonic conversation',
      'sharif-pezeshkian-call',
    ],
    [
      'Sharif met Trump on the sidelines of the Peace Summit, the leaders’ gathering in Sharm el-Sheikh.',
      'Peace Summit',
      'sharm-el-sheikh-summit',
    ],
  ];
  for (const [text, phrase, event] of cases) {
    it(`links "${phrase}" to ${event}`, () => {
      expect(linkOf(text, phrase)).toBe(event);
    });
  }

  it('does not link a phrase whose participants, date or kind do not fit', () => {
    // Another pair of states, another war of the same pair, a strike by another state.
    expect(
      linkOf('India and Pakistan recalled the conflict between India and China.', 'conflict between'),
    ).toBeUndefined();
    expect(
      linkOf('Pakistan and India still argue about the 1971 war between India and Pakistan.', 'war between'),
    ).toBeUndefined();
    expect(
      linkOf(
        'The United States and Iran traded threats after the Israeli strikes on Iran.',
        'strikes on Iran',
      ),
    ).not.toBe('us-strikes-on-iranian-nuclear-facilities');
    // A war not (yet) fought, and an event of the right kind with a name the KB does not know.
    expect(
      linkOf('Pakistan and India must avoid another war between India and Pakistan.', 'war between'),
    ).toBeUndefined();
    expect(
      linkOf('India and Pakistan remember the Kargil war between India and Pakistan.', 'war between'),
    ).toBeUndefined();
  });

  it('links a phrase only when the page names the participants it leaves out', () => {
    expect(
      linkOf('Officials spoke of a brief military conflict with India.', 'military conflict'),
    ).toBeUndefined();
    expect(
      linkOf('Pakistan officials spoke of a brief military conflict with India.', 'military conflict'),
    ).toBe('india-pakistan-conflict');
  });
});

describe('names inside names', () => {
  it('reports the outer mention and the entities inside it, each with its own link', () => {
    expect(found('US President Donald Trump spoke.')).toEqual([
      'US President Donald Trump→donald-trump',
      '  US→united-states',
    ]);
    expect(found('Pakistan condemned the US strikes on Iranian nuclear facilities.')).toEqual([
      'Pakistan→pakistan',
      'US strikes on Iranian nuclear facilities→us-strikes-on-iranian-nuclear-facilities',
      '  US→united-states',
    ]);
    expect(found('Pakistan welcomed the Gaza ceasefire.')).toEqual([
      'Pakistan→pakistan',
      'Gaza ceasefire→gaza-ceasefire',
      '  Gaza→gaza',
    ]);
  });

  it('keeps the name of an organisation that contains a state’s name whole', () => {
    expect(found('The Pakistan Army said so.')).toEqual(['Pakistan Army→pakistan-army']);
  });
});

describe('namesakes link to nothing the knowledge base has', () => {
  const classes: [string, string, string][] = [
    ['other given name', 'Shehbaz Sharif met Nawaz Sharif and Imran Khan.', 'Nawaz Sharif'],
    ['other given name (2)', 'Asim Munir read a column by Munir Akram.', 'Munir Akram'],
    [
      'family member',
      'Shehbaz Sharif spoke first. His brother Nawaz Sharif then spoke. Sharif said he was tired.',
      'Sharif said',
    ],
    [
      'company',
      'Pakistan welcomed the news; Pakistan International Airlines resumed flights.',
      'Pakistan International Airlines',
    ],
    ['newspaper', 'The United States declined to comment to the Washington Post.', 'Washington Post'],
    ['sports league', 'Pakistan hosts the Pakistan Super League final.', 'Pakistan Super League'],
    ['paramilitary force', 'Pakistan deployed the Pakistan Rangers in Karachi.', 'Pakistan Rangers'],
    ['time zone', 'Iran said the talks begin at noon Iran Standard Time.', 'Iran Standard Time'],
    ['military command', 'The United States moved ships under US Central Command.', 'US Central Command'],
    ['separatist army', 'Pakistan blamed the Balochistan Liberation Army.', 'Balochistan Liberation Army'],
    [
      'state as a first name',
      'Israel said no. Israel Adesanya won his fight; India Hicks wrote a book.',
      'Israel Adesanya',
    ],
    [
      'state as a first name (2)',
      'India said no. Israel Adesanya won his fight; India Hicks wrote a book.',
      'India Hicks',
    ],
    [
      'capital as a sportsman’s first name',
      'Islamabad and New Delhi agreed. Washington Sundar took three wickets.',
      'Washington Sundar',
    ],
    ['common noun', 'Donald Trump spoke. The tariff deal is their trump card.', 'trump card'],
    [
      'common noun (2)',
      'The Gulf states met. Diplomats said the gulf between them was wide.',
      'gulf between',
    ],
    [
      'another person with a KB title',
      'Shehbaz Sharif spoke. A Pakistani prime minister has never done so.',
      'Pakistani prime minister',
    ],
  ];
  for (const [name, text, phrase] of classes) {
    it(`${name}: "${phrase}"`, () => {
      expect(linksInside(text, phrase)).toEqual([]);
    });
  }
});

describe('capitals as cities', () => {
  for (const text of [
    'Pakistan says protesters blocked the route to Islamabad.',
    'Pakistan says the marchers are planning to reach Islamabad.',
    'Pakistan says rain is forecast around Lahore and Islamabad.',
  ]) {
    it(`does not read "${text}" as the government`, () => {
      expect(linksInside(text, 'Islamabad')).toEqual([]);
    });
  }

  it('still reads a capital speaking or acting as its government', () => {
    expect(linkOf('Pakistan and Iran: Islamabad condemned the strikes.', 'Islamabad')).toBe('pakistan');
    expect(linkOf('Pakistan and the US: Washington and Islamabad agreed.', 'Islamabad')).toBe('pakistan');
  });

  it('links the city itself where the knowledge base has it', () => {
    expect(linkOf('Trump said so. Munir flew to Washington for a five-day visit.', 'Washington')).toBe(
      'washington-dc',
    );
  });
});

describe('epithets, titles and spelling variants', () => {
  it('links a role phrase to the one holder named earlier', () => {
    const text =
      'Field Marshal Asim Munir met Prime Minister Shehbaz Sharif. The field marshal said the army chief would travel; the premier agreed.';
    expect(linkOf(text, 'The field marshal')).toBe('asim-munir');
    expect(linkOf(text, 'the army chief')).toBe('asim-munir');
    expect(linkOf(text, 'the premier')).toBe('shehbaz-sharif');
  });

  it('links no one when another holder of the office is named nearby', () => {
    const text =
      'Shehbaz Sharif spoke.\n\nIndian Prime Minister Narendra Modi replied, and the prime minister left.';
    expect(linkOf(text, 'the prime minister')).toBeUndefined();
  });

  it('matches honorifics, middle names, transliterations and short forms', () => {
    expect(linkOf('PM Shehbaz Sharif spoke.', 'PM Shehbaz Sharif')).toBe('shehbaz-sharif');
    expect(linkOf('Field Marshal Syed Asim Munir spoke.', 'Asim Munir')).toBe('asim-munir');
    expect(linkOf('Leaders met in Sharm el Shaikh.', 'Sharm el Shaikh')).toBe('sharm-el-sheikh');
    expect(linkOf('Masood Pezeshkian spoke.', 'Masood Pezeshkian')).toBe('masoud-pezeshkian');
    expect(linkOf('Pakistan hailed Pak-US ties.', 'Pak')).toBe('pakistan');
  });

  it('matches British and American spellings of -ise/-ize words', () => {
    // The knowledge base spells this name only the British way.
    const text = 'Gaza: Pakistan backed the post-war stabilization plan, Israel said.';
    expect(linkOf(text, 'post-war stabilization plan')).toBe('gaza-stabilisation-force');
  });
});

describe('Title Case headlines', () => {
  it('keep their names when a word is possessive or hyphenated', () => {
    const headline = "Why Trump Keeps Calling Pakistan's Army Chief His 'Favorite Field Marshal'";
    expect(linkOf(headline, 'Trump')).toBe('donald-trump');
    expect(linksInside(headline, 'Pakistan')).toContain('Pakistan→pakistan');
    expect(linkOf('Home Pakistan World Business Sport E-paper', 'Pakistan')).toBe('pakistan');
  });
});

describe('blocks from layout', () => {
  it('reads an inline element styled as a block as a block of its own', () => {
    const { document } = parseHTML(
      '<html><body><p><b style="display:block">Ahmed Khan</b>Pakistan has done well. Shabbir Khan agreed.</p></body></html>',
    );
    const scan = scanStatic(document, dict, entities);
    expect(scan.text).toContain('Ahmed Khan\nPakistan has done well');
    expect(scan.mentions.map((m) => `${m.text}→${m.entity.id}`)).toContain('Pakistan→pakistan');
  });
});
