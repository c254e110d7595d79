/**
 * Readings of events added or checked in #13's eighteenth events pass, tuned on sets A–R (noun
 * phrases only). Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The event mentions of `text` as "text→entity". */
function events(text: string): string[] {
  return scanSeed(text)
    .filter((m) => m.entity.kind === 'event')
    .map((m) => `${m.text}→${m.entity.id}`);
}

describe('names other outlets give the events (knowledge-base aliases)', () => {
  it('read Pakistan’s name for its May operation as the India–Pakistan conflict', () => {
    expect(events('Pakistan answered with Operation Bunyan-um-Marsoos within hours.').join()).toContain(
      '→india-pakistan-conflict',
    );
    expect(events('Officers still speak of Bunyan-um-Marsoos with pride.').join()).toContain(
      '→india-pakistan-conflict',
    );
  });

  it('read the operations’ names without “Operation” on a page about the war', () => {
    const page = 'Israel and Iran fought a twelve-day war in June; the US struck Iran on June 21. ';
    expect(events(`${page}Rising Lion opened the war.`)).toContain('Rising Lion→twelve-day-war');
    expect(events(`${page}Israel launched Operation Rising Lion at dawn.`).join()).toContain(
      '→twelve-day-war',
    );
    expect(events(`${page}Midnight Hammer used B-2 bombers.`)).toContain(
      'Midnight Hammer→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('read the 20-point plan as the Gaza ceasefire on a page about Gaza', () => {
    const page = 'Israel and Hamas stopped fighting in Gaza in October. ';
    expect(events(`${page}Diplomats studied Trump's 20-point plan closely.`).join()).toContain(
      '→gaza-ceasefire',
    );
    expect(events(`${page}The twenty-point plan left Hamas's weapons open.`).join()).toContain(
      '→gaza-ceasefire',
    );
  });
});

describe('"the cessation of" a happening names the truce that ended it, or nothing', () => {
  const iran = 'Israel and Iran fought for twelve days in June. ';

  it('reads "the cessation of hostilities between Iran and Israel" as their ceasefire', () => {
    const found = events(`${iran}Pakistan welcomed the cessation of hostilities between Iran and Israel.`);
    expect(found).toContain('cessation of hostilities between Iran and Israel→iran-israel-ceasefire');
    expect(found.some((f) => f.endsWith('→twelve-day-war'))).toBe(false);
  });

  it('links nothing where no known truce ended it ("the cessation of hostilities of 10 May")', () => {
    const page = 'India and Pakistan fought a four-day war in May. ';
    const later = (text: string) => events(`${page}${text}`).filter((f) => !f.startsWith('four-day war'));
    expect(later('Markets recovered after the cessation of hostilities of 10 May.')).toEqual([]);
    expect(later('Flights resumed after the cessation of hostilities with India.')).toEqual([]);
  });

  it('leaves "hostilities" alone still read as the war', () => {
    const page = 'India and Pakistan fought a four-day war in May. ';
    expect(events(`${page}The hostilities between India and Pakistan lasted four days.`).join()).toContain(
      '→india-pakistan-conflict',
    );
  });
});

describe('"the" and one side after "with" are a loose head’s second piece of evidence', () => {
  const page = 'India and Pakistan fought for four days in May. ';
  const later = (text: string) => events(`${page}${text}`).filter((f) => !f.startsWith('four days'));

  it('reads "the crisis with India" as the conflict', () => {
    expect(later('Sharif thanked Trump for his role during the crisis with India.')).toContain(
      'crisis with India→india-pakistan-conflict',
    );
  });

  it('not "a crisis with India" nor "the next crisis with India"', () => {
    expect(later('Sharif warned of a crisis with India.')).toEqual([]);
    expect(later('Sharif warned of the next crisis with India.')).toEqual([]);
  });
});

describe('what was done at a protest, named with a site of it or its party', () => {
  const page = 'The TLP protests went on for days in October. ';
  const later = (text: string) => events(`${page}${text}`).filter((f) => !f.startsWith('TLP protests'));

  it('reads "the crackdown at Muridke" and "the TLP crackdown" as the protests', () => {
    expect(later('Rights groups condemned the crackdown at Muridke.')).toContain(
      'crackdown at Muridke→tlp-protests',
    );
    expect(later('The police operation at Muridke left five dead.').join()).toContain('→tlp-protests');
    expect(later('Rights groups condemned the TLP crackdown.').join()).toContain('→tlp-protests');
  });

  it('not by the wider place alone ("an operation in Pakistan")', () => {
    expect(later('Rights groups condemned the operation in Pakistan.')).toEqual([]);
  });

  // Changed by the twenty-fourth events pass to the guide's fourth ruling of 7 December 2026: a
  // noun phrase naming the Muridke operation is the protests, also after "ended in".
  it('also where it tells how the march ended ("ended in a deadly police operation at Muridke")', () => {
    expect(later('The march ended in a deadly police operation at Muridke.').join()).toContain(
      '→tlp-protests',
    );
  });
});

describe('a contingent or battalion as soldiers sent (a loose head)', () => {
  const page = 'Pakistan weighed sending 20,000 troops to Gaza. ';
  const later = (text: string) => events(`${page}${text}`).filter((f) => !f.includes('troops'));

  it('reads "the Pakistani contingent for Gaza" as the deployment', () => {
    expect(later('Officials discussed the Pakistani contingent for Gaza.')).toContain(
      'Pakistani contingent for Gaza→pakistani-troop-deployment-to-gaza',
    );
    expect(later('A Pakistani battalion in Gaza would face Hamas.').join()).toContain(
      '→pakistani-troop-deployment-to-gaza',
    );
  });

  it('not with one piece of evidence ("the Pakistani contingent at the parade")', () => {
    expect(later('The Pakistani contingent at the parade marched well.')).toEqual([]);
  });
});
