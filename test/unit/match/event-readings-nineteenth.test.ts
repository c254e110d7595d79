/**
 * Readings of events added in #13's nineteenth events pass, tuned on sets A–R (noun phrases
 * only). Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` after `page`, as "text→entity". */
function events(page: string, text: string): string[] {
  return scanSeed(`${page}${text}`)
    .filter((m) => m.entity.kind === 'event' && m.start >= page.length)
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('a head of one kind names the event whose chief kind it is, where two fit alike', () => {
  const page = 'Israel and Iran fought a twelve-day war in June; the US struck Iran on June 21. ';

  it('reads "the strikes on Iran" and "the bombing of Iran" as the US strikes, not the war', () => {
    expect(events(page, 'Pakistan condemned the strikes on Iran.')).toEqual([
      'strikes on Iran→us-strikes-on-iranian-nuclear-facilities',
    ]);
    expect(events(page, 'The bombing of Iran was condemned.')).toEqual([
      'bombing of Iran→us-strikes-on-iranian-nuclear-facilities',
    ]);
    expect(events(page, 'The Iran strikes were condemned.')).toEqual([
      'Iran strikes→us-strikes-on-iranian-nuclear-facilities',
    ]);
  });

  it('breaks no tie for a head of two kinds, a demonym of the struck state, or a pair', () => {
    expect(events(page, 'Tehran denounced the aggression against Iran.')).toEqual([]);
    expect(events(page, 'The Iranian strike on the base was condemned.')).toEqual([]);
    expect(events(page, "Iran's strike on the base was condemned.")).toEqual([]);
  });

  it('keeps the war where the phrase names it better ("the war on Iran")', () => {
    expect(events(page, 'Pakistan condemned the war on Iran.')).toEqual(['war on Iran→twelve-day-war']);
  });
});

describe('the strikes named by the bombers that flew them (knowledge-base aliases)', () => {
  const page = 'Israel and Iran fought a twelve-day war in June; the US struck Iran on June 21. ';

  it('reads "the B-2 raid" as the US strikes on a page about them', () => {
    expect(events(page, 'The B-2 raid was over in minutes.')).toEqual([
      'B-2 raid→us-strikes-on-iranian-nuclear-facilities',
    ]);
    expect(events(page, 'Analysts doubted the B-2 strikes had ended the programme.').join()).toContain(
      '→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('links nothing on a page that never names the strikes’ parties', () => {
    expect(events('', 'The B-2 raid was over in minutes.')).toEqual([]);
  });
});

describe('more nouns name the nomination after its own words ("the Nobel thing")', () => {
  const page = 'Pakistan recommended Donald Trump for the Nobel Peace Prize in June. ';

  it('reads "the Nobel thing", "Pakistan’s Nobel pick", "the Nobel push" as the nomination', () => {
    expect(events(page, 'Sharif defended the Nobel thing on television.')).toEqual([
      'Nobel thing→trump-nobel-nomination',
    ]);
    expect(events(page, "Pakistan's Nobel pick drew scorn.")).toEqual([
      "Pakistan's Nobel pick→trump-nobel-nomination",
    ]);
    expect(events(page, 'Critics mocked the Nobel push.').join()).toContain('→trump-nobel-nomination');
  });

  it('reads such nouns alone as nothing ("the thing", "a push for talks")', () => {
    expect(events(page, 'The thing is, nobody asked.')).toEqual([]);
    expect(events(page, 'Pakistan made a push for talks.')).toEqual([]);
  });
});

describe('a day fits an event of a one-day kind dated only to its month', () => {
  const page = 'Israel and Iran fought for twelve days in June before a truce. ';

  it('reads "the truce of June 24" and "the June 24 ceasefire" as the Iran–Israel ceasefire', () => {
    expect(events(page, 'Markets rose after the truce of June 24.')).toEqual([
      'truce of June 24→iran-israel-ceasefire',
    ]);
    expect(events(page, 'Markets rose after the June 24 ceasefire.')).toEqual([
      'June 24 ceasefire→iran-israel-ceasefire',
    ]);
  });

  it('still reads a day as no month-long war ("the war of June 20")', () => {
    expect(events(page, 'Markets fell in the war of June 20.')).toEqual([]);
  });
});

describe('the twelve-day war written without its hyphen (knowledge-base alias)', () => {
  it('reads "12 day war" and a headline’s "12 DAY WAR" as the war', () => {
    expect(events('', 'Oil fell after the 12 day war ended.')).toEqual(['12 day war→twelve-day-war']);
    expect(events('', 'WHAT THE 12 DAY WAR COST PAKISTAN\n\nOil fell.').join()).toContain('→twelve-day-war');
  });
});
