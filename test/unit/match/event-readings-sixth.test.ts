/**
 * Readings of an event's phrase added in #13's sixth pass: a modifier outlets use for one war
 * ("the twelve-day imposed war"), clashes and bloodshed as what a protest came to, locative
 * "near" and "around", "the Strip" once Gaza is named, a happening named as how another ended,
 * a topic alone too little to name an event, and head nouns outlets use for a summit ("the
 * signing ceremony", "the jamboree", "the peace conference"), a war ("the genocide in Gaza",
 * "the Israeli bombardment of Gaza") and a fair ("a trade fair"). Sentences written for these tests, in the
 * manner of the blind corpus's pages (sets A–F).
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('words outlets use for an event', () => {
  it('"the twelve-day imposed war" is the war Israel and Iran fought in June', () => {
    const text =
      'Israel and Iran exchanged fire for days. Tehran thanked Islamabad for its support during the twelve-day imposed war.';
    expect(eventAt(text, 'imposed war')).toBe('twelve-day imposed war→twelve-day-war');
  });
});

describe('clashes and bloodshed as what a protest came to', () => {
  const page = 'Tehreek-e-Labbaik Pakistan set out for Islamabad in October. ';
  it.each([
    ['Punjab moved to ban the party after the deadly clashes in Muridke.', 'clashes in Muridke'],
    ['Police blamed the party for the confrontation near Muridke last week.', 'confrontation near Muridke'],
    ['The riots around Muridke were a warning to the government.', 'riots around Muridke'],
  ])('%s', (sentence, phrase) => {
    expect(eventAt(page + sentence, phrase)).toMatch(/→tlp-protests$/);
  });

  // Changed by the twenty-fourth events pass to the guide's fourth ruling of 7 December 2026: the
  // bloodshed at Muridke is the protests, also when it tells how the march ended; without a site
  // ("ended in bloodshed") it is still part of the march's telling.
  it('also when the clashes tell how the march ended, where their phrase names the site', () => {
    const text = `${page}Its march on the capital, which ended in bloodshed at Muridke, frightened the cabinet.`;
    expect(eventAt(text, 'bloodshed')).toBe('bloodshed at Muridke→tlp-protests');
    const unsited = `${page}Its march on the capital, which ended in bloodshed, frightened the cabinet.`;
    expect(eventAt(unsited, 'bloodshed')).toBeUndefined();
    // The march itself is the protest, placed by "the capital" since the fourteenth pass (the blind
    // labels mark it so: "march towards the capital, which ended in bloodshed at Muridke").
    expect(eventAt(text, 'march on the capital')).toBe('march on the capital→tlp-protests');
  });
});

describe('"the Strip" once the page has named Gaza', () => {
  const page = 'Israel and Hamas agreed to a ceasefire in Gaza in October. ';
  it.each([
    ['After two years of war in the Strip, aid is arriving.', 'two years of war in the Strip→gaza-war'],
    [
      'Diplomats are still drafting the mandate of a multinational force for the Strip.',
      'multinational force for the Strip→gaza-stabilisation-force',
    ],
  ])('%s', (sentence, found) => {
    expect(eventAt(page + sentence, 'the Strip')).toBe(found);
  });

  it('"the strip" in lower case is no place', () => {
    const text = `${page}The war in the strip mall ended with a sale.`;
    expect(eventAt(text, 'war in the strip')).toBeUndefined();
  });
});

describe('a topic alone, with every participant still to name, names no event', () => {
  it('"a call from Iran’s chief" is not the prime minister’s call to the president', () => {
    const text =
      'Shehbaz Sharif spoke to Masoud Pezeshkian after the American strikes. Days later Asim Munir took a call from Iran’s chief of staff.';
    // "Iran's chief of staff" now names Mousavi (names-nineteenth), so the call is his with Munir.
    expect(eventAt(text, 'call from Iran')).toBe('call from Iran’s chief of staff→mousavi-munir-call');
  });

  it('while where the event took place still counts ("the lunch in Washington")', () => {
    const text =
      'Asim Munir and Donald Trump met in June. The lunch in Washington was the first of its kind.';
    expect(eventAt(text, 'lunch in Washington')).toBe('lunch in Washington→munir-white-house-lunch');
  });
});

describe('head nouns outlets use for a summit, a war and a fair', () => {
  it.each([
    [
      'Donald Trump and Shehbaz Sharif flew to Sharm el-Sheikh in October. The signing ceremony in Sharm el-Sheikh ran late.',
      'signing ceremony',
      'signing ceremony in Sharm el-Sheikh→sharm-el-sheikh-summit',
    ],
    [
      'Donald Trump and Shehbaz Sharif flew to Sharm el-Sheikh in October. Few remember the jamboree in Sharm el-Sheikh now.',
      'jamboree',
      'jamboree in Sharm el-Sheikh→sharm-el-sheikh-summit',
    ],
    [
      'Israel and Hamas have fought in Gaza for two years. Clerics in Lahore condemned the genocide in Gaza.',
      'genocide',
      'genocide in Gaza→gaza-war',
    ],
    [
      'Israel and Hamas have fought in Gaza for two years. The Israeli bombardment of Gaza went on.',
      'bombardment',
      'Israeli bombardment of Gaza→gaza-war',
    ],
    [
      'Michael Izhakov met Sardar Yasir Ilyas Khan in London in November. They shook hands at a trade fair in London.',
      'trade fair',
      'fair in London→world-travel-market-2025',
    ],
  ])('%s', (text, phrase, found) => {
    expect(eventAt(text, phrase)).toBe(found);
  });

  it('but a conference of another kind is not the summit', () => {
    const text =
      'Donald Trump and Shehbaz Sharif flew to Sharm el-Sheikh in October. Egypt will host a reconstruction conference in Sharm el-Sheikh.';
    expect(eventAt(text, 'conference')).toBeUndefined();
  });

  it('and "a trade war" is still no war', () => {
    const text = 'India and Pakistan fought in May. A trade war with India would hurt Pakistan more.';
    expect(eventAt(text, 'trade war')).toBeUndefined();
  });
});

describe('a journey told by its verb and destination before "on a trip"', () => {
  const page = 'Pakistan and Israel have no diplomatic ties. ';
  it('"travelled to Israel on a trip organised by Sharaka" spans the journey', () => {
    const text = `${page}Ten Pakistani reporters travelled to Israel on a trip organised by Sharaka.`;
    expect(eventAt(text, 'trip')).toBe(
      'travelled to Israel on a trip organised by Sharaka→pakistani-delegation-to-israel',
    );
  });

  it('but not a destination after a verb of another kind', () => {
    const text = `${page}Ten Pakistani reporters wrote about Israel on a trip organised by Sharaka.`;
    expect(eventAt(text, 'trip')).toBe('trip organised by Sharaka→pakistani-delegation-to-israel');
  });
});
