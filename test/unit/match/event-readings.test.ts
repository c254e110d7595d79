/**
 * Readings of an event's phrase added in #13's fifth pass: the state of a person tied to an event
 * may name it beside a participant ("talks between Washington and Tehran", Trump having set the
 * talks' deadline); a
 * possessive name before another head opens that head's phrase ("against Iran and Washington's
 * strikes"); an event's name the rules turn down still leaves its head noun to the recogniser
 * ("the American war in Afghanistan"); a count or an ordinal before the head tells of repeated
 * happenings ("the field marshal's second visit"). Sentences in the words of the blind corpus's pages
 * (sets A–F).
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('the state of a person tied to the event may name it beside a participant', () => {
  const page = (phrase: string) =>
    `Iran and Oman said so on Monday. The ${phrase} had stalled before the June war.`;
  it.each(['Oman-mediated talks between Washington and Tehran', 'indirect US-Iran negotiations'])(
    '%s',
    (phrase) => {
      expect(eventAt(page(phrase), phrase)).toMatch(/→iran-nuclear-talks-oman$/);
    },
  );

  it('but not alone: "talks with the US in Muscat" may be any the US held', () => {
    expect(eventAt(page('talks with the US in Muscat'), 'talks with the US')).toBeUndefined();
  });
});

describe('a possessive name before another head opens that head’s phrase', () => {
  it('"against Iran and Washington’s strikes on Fordow" is two happenings', () => {
    const text =
      'Markets rose even as the Israeli air campaign against Iran and Washington’s strikes on Fordow sent oil prices up.';
    expect(eventAt(text, 'strikes on Fordow')).toBe(
      'Washington’s strikes on Fordow→us-strikes-on-iranian-nuclear-facilities',
    );
    expect(eventAt(text, 'air campaign')).toBe('Israeli air campaign against Iran→twelve-day-war');
  });
});

describe('an event’s name turned down by the rules leaves its head noun', () => {
  it.each([
    ['the American war in Afghanistan ended in chaos', 'American war in Afghanistan'],
    ['the twenty-year American war in Afghanistan ended', 'twenty-year American war in Afghanistan'],
  ])('%s', (clause, mention) => {
    const text = `The United States fought the Taliban in Afghanistan. Ties soured after ${clause}.`;
    expect(eventAt(text, mention)).toBe(`${mention}→post-2001-war-in-afghanistan`);
  });
});

describe('a count or an ordinal before the head tells of repeated happenings', () => {
  const lunch = 'Asim Munir had lunch with Donald Trump at the White House in June. ';
  it.each([
    [`${lunch}It was the field marshal’s second visit to the White House.`, 'visit to the White House'],
    [`${lunch}It was the field marshal’s second White House visit in three months.`, 'White House visit'],
    [`${lunch}Two meetings with Trump followed in September.`, 'meetings with Trump'],
  ])('%s', (text, phrase) => {
    expect(eventAt(text, phrase)).toBeUndefined();
  });

  it('while the first one still links', () => {
    expect(
      eventAt(`${lunch}It was the field marshal’s visit to the White House.`, 'visit to the White House'),
    ).toBe('the field marshal’s visit to the White House→munir-white-house-lunch');
  });
});

describe('a body a participant heads stands for that participant', () => {
  const page = 'Shehbaz Sharif and Daniel Rosen were both in New York in September. ';
  it.each([
    [
      'The reported conversation between Prime Minister Sharif and the head of the American Jewish Congress was denied.',
      'conversation between',
      'reported conversation between Prime Minister Sharif and the head of the American Jewish Congress→sharif-rosen-meeting',
    ],
    [
      'Reports of a September meeting in New York between Sharif and the head of the American Jewish Congress were never confirmed.',
      'September meeting',
      'September meeting in New York between Sharif and the head of the American Jewish Congress→sharif-rosen-meeting',
    ],
  ])('%s', (sentence, phrase, found) => {
    expect(eventAt(page + sentence, phrase)).toBe(found);
  });

  it('but a body no participant belongs to rules the event out', () => {
    const text = `${page}A meeting between Sharif and the head of the World Bank followed.`;
    expect(eventAt(text, 'meeting between')).toBeUndefined();
  });
});
