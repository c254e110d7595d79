/**
 * A happening named by a gerund after a preposition, its object and a "for" phrase
 * (lib/match/event-phrase-verb.ts): "by recommending Mr Trump for the Nobel Peace Prize" is the
 * nomination; a clause ("Pakistan recommended Trump for the prize": the corpus guide's rulings of
 * 6 December read events as noun phrases), an intention ("would recommend"), someone unnamed ("a
 * man"), another person, or a "for" phrase that names no part of the event is not. Sentences in
 * the words of the blind corpus's pages (sets A–F).
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

const PAGE = 'Shehbaz Sharif thanked Donald Trump for the ceasefire with India. ';

describe('a verb with its object and a "for" phrase names the happening', () => {
  it.each([
    [
      'In June Pakistan thanked him by formally recommending Mr. Trump for the Nobel Peace Prize.',
      'recommending Mr. Trump for the Nobel Peace Prize',
    ],
    [
      'Islamabad was praised for putting Trump’s name forward for the 2026 prize.',
      'putting Trump’s name forward for the 2026 prize',
    ],
    [
      'Critics mocked Islamabad after nominating the president for a Nobel.',
      'nominating the president for a Nobel',
    ],
  ])('%s', (sentence, span) => {
    expect(eventAt(PAGE + sentence, span.split(' ')[0]!)).toBe(`${span}→trump-nobel-nomination`);
  });
});

describe('but not', () => {
  it.each([
    ['a clause', 'In June Pakistan formally recommended Mr. Trump for the Nobel Peace Prize.', 'recommended'],
    ['a clause with "put … forward"', 'Islamabad put Trump’s name forward for the 2026 prize.', 'put'],
    [
      'a clause in the progressive',
      'In June Islamabad was nominating the president for a Nobel.',
      'nominating',
    ],
    [
      'an intention',
      'On Saturday the government said it would formally recommend Trump for the Nobel Peace Prize.',
      'recommend',
    ],
    ['an infinitive', 'Pakistan to recommend Trump for Nobel Peace Prize.', 'recommend'],
    ['someone unnamed', 'We nominated a man for a peace prize and he bombed our neighbour.', 'nominated'],
    ['another person', 'In 2019 a senator nominated Imran Khan for the Nobel Peace Prize.', 'nominated'],
    ['"put" without "forward"', 'Pakistan put Trump on the spot for the prize.', 'put'],
    [
      'a "for" phrase with no word of the event',
      'Pakistan recommended Trump for his role in May.',
      'recommended',
    ],
    [
      'a repeat of the dated act',
      'At the summit the prime minister nominates Trump for the Nobel again.',
      'nominates',
    ],
    [
      'the act recalled as background',
      'Sharif recalled that Pakistan had already recommended him for the Nobel Peace Prize.',
      'recommended',
    ],
    ['a question about it', 'Why did Pakistan nominate Trump for the Nobel Peace Prize?', 'nominate'],
  ])('%s', (_, sentence, verb) => {
    expect(eventAt(PAGE + sentence, verb)).toBeUndefined();
  });

  it('and "proposed" stays a modifier: the proposed international force for Gaza', () => {
    const text =
      'Israel and Hamas agreed a truce in Gaza. Pakistan may join the proposed international force for Gaza.';
    expect(eventAt(text, 'proposed')).toBe('proposed international force for Gaza→gaza-stabilisation-force');
  });
});

describe('a weapon told by its verb', () => {
  const STRIKES = 'The United States struck Iran on June 21. ';
  it('"dropped bunker-busting bombs on Fordow" is no mention of the strikes', () => {
    const text = `${STRIKES}American B-2s dropped bunker-busting bombs on Fordow.`;
    expect(eventAt(text, 'bombs')).toBeUndefined();
  });

  it('but "American bombs on Fordow" is', () => {
    const text = `${STRIKES}Pakistan condemned the American bombs on Fordow.`;
    expect(eventAt(text, 'bombs')).toBe('American bombs on Fordow→us-strikes-on-iranian-nuclear-facilities');
  });
});
