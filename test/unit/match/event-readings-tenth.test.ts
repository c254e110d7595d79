/**
 * Readings of an event's phrase added in #13's tenth pass (noun phrases only, as the guide's
 * rulings of 6 December label events), tuned on sets A–I: who brokered a happening names it
 * ("the US-brokered ceasefire", "the truce that Trump brokered"); a word of an event's own names
 * before a head lets the phrase be read ("the reported passport change"); "a group of … who toured
 * Israel" is a delegation; a noun of ending before "to" leaves the happening after it a noun
 * phrase. Sentences written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('who brokered a happening names it', () => {
  const gaza = 'Israel and Hamas fought for two years in Gaza. ';
  it('"the US-brokered ceasefire" is the Gaza ceasefire on a page about Gaza', () => {
    const text = `${gaza}Israel kept striking Gaza despite the US-brokered ceasefire.`;
    expect(eventAt(text, 'ceasefire')).toBe('US-brokered ceasefire→gaza-ceasefire');
  });

  it('"the truce that Trump brokered" spans the clause', () => {
    const text = `${gaza}Israel kept striking Gaza despite the truce that Trump brokered.`;
    expect(eventAt(text, 'truce')).toBe('truce that Trump brokered→gaza-ceasefire');
  });

  it('"the truce announced by Trump" is the Iran–Israel ceasefire on a page about that war', () => {
    const text =
      'Israel and Iran fought for twelve days in June. Oil prices fell after the truce announced by Trump.';
    expect(eventAt(text, 'truce')).toBe('truce announced by Trump→iran-israel-ceasefire');
  });

  it('but not when the page names both ceasefires’ places', () => {
    const text = `${gaza}Israel and Iran fought for twelve days in June. Analysts praised the Trump-brokered ceasefire.`;
    expect(eventAt(text, 'ceasefire')).toBeUndefined();
  });

  it('nor a deal of another kind ("the Trump-brokered accord" between Thailand and Cambodia)', () => {
    const text = `${gaza}Leaders in Kuala Lumpur signed a Trump-brokered accord.`;
    expect(eventAt(text, 'accord')).toBeUndefined();
  });

  it('nor a happening whose side the broker is ("a US-brokered rapprochement" of Pakistan and Israel)', () => {
    const text =
      'Henry Kissinger flew from Pakistan to China in 1971 and the United States opened to China. Pakistan and Israel move toward a US-brokered rapprochement.';
    expect(eventAt(text, 'rapprochement')).toBeUndefined();
  });

  it('while the place that hosts talks may mediate them ("Oman-mediated talks")', () => {
    const text =
      'Iran and the United States met in Muscat. The Oman-mediated talks between Washington and Tehran stalled.';
    expect(eventAt(text, 'talks')).toBe(
      'Oman-mediated talks between Washington and Tehran→iran-nuclear-talks-oman',
    );
  });
});

describe('a word of an event’s own names before its head', () => {
  it('"the reported passport change" is read, with the page naming Pakistan', () => {
    const text =
      'Pakistan issues new passports. The reported passport change was denied by the Foreign Office.';
    expect(eventAt(text, 'change')).toBe('reported passport change→pakistani-passport-wording-change');
  });

  it('"an edit to Pakistan’s travel document" is the change', () => {
    const text = 'Pakistan issues new passports. Officials denied an edit to Pakistan’s travel document.';
    expect(eventAt(text, 'edit')).toBe('edit to Pakistan’s→pakistani-passport-wording-change');
  });
});

describe('a group that went somewhere is a delegation', () => {
  const page = 'Pakistan does not recognise Israel. ';
  it('"a group of Pakistani journalists who toured Israel"', () => {
    const text = `${page}A group of Pakistani journalists who toured Israel was criticised at home.`;
    expect(eventAt(text, 'group')).toBe(
      'group of Pakistani journalists who toured Israel→pakistani-delegation-to-israel',
    );
  });

  it('"a group of Pakistani journalists touring Israel"', () => {
    const text = `${page}Photos showed a group of Pakistani journalists touring Israel.`;
    expect(eventAt(text, 'group')).toBe(
      'group of Pakistani journalists touring Israel→pakistani-delegation-to-israel',
    );
  });

  it('but one name is not enough ("a group of Pakistani journalists" alone)', () => {
    const text = `${page}A group of Pakistani journalists protested in Karachi.`;
    expect(eventAt(text, 'group')).toBeUndefined();
  });
});

describe('a noun of ending before "to"', () => {
  it('leaves the happening after it a noun phrase when no truce names the halt', () => {
    const text =
      'India and Pakistan fought for four days in May. The lunch came weeks after a U.S.-brokered halt to fighting between India and Pakistan.';
    expect(eventAt(text, 'fighting')).toBe('fighting between India and Pakistan→india-pakistan-conflict');
  });
});

describe('more ways to name a pair and a force', () => {
  const page = 'India and Pakistan fought for four days in May. ';
  it('"the two nuclear powers" and "two nuclear states" are a pair of states', () => {
    expect(
      eventAt(`${page}It was the worst fighting between the two nuclear powers in decades.`, 'fighting'),
    ).toBe('fighting between the two nuclear powers→india-pakistan-conflict');
    expect(eventAt(`${page}It was a war between two nuclear states.`, 'war')).toBe(
      'war between two nuclear states→india-pakistan-conflict',
    );
  });

  const gaza = 'Israel and Hamas fought for two years in Gaza. ';
  it('"task" and "temporary" are modifiers of a force', () => {
    expect(eventAt(`${gaza}Pakistan weighs joining the Gaza task force.`, 'force')).toBe(
      'Gaza task force→gaza-stabilisation-force',
    );
    expect(eventAt(`${gaza}Pakistan may join a temporary international force for Gaza.`, 'force')).toBe(
      'temporary international force for Gaza→gaza-stabilisation-force',
    );
  });

  it('"Western-backed" is backed by no one the phrase names, not a stranger', () => {
    expect(eventAt(`${gaza}Pakistan may join the Western-backed stabilisation force.`, 'force')).toBe(
      'Western-backed stabilisation force→gaza-stabilisation-force',
    );
  });
});

describe('a participant’s state where the sources give a body’s', () => {
  it('"a telephone call from U.S. Secretary of State Marco Rubio" is his call with Sharif', () => {
    const text =
      'Shehbaz Sharif thanked Marco Rubio. Shehbaz Sharif took a telephone call from U.S. Secretary of State Marco Rubio on Monday.';
    expect(eventAt(text, 'telephone call')).toBe(
      'telephone call from U.S. Secretary of State Marco Rubio→rubio-sharif-call',
    );
  });
});
