/**
 * Readings of an event's phrase added in #13's ninth pass, tuned on sets A–H and checked on set
 * I: talks and meetings name each other's happenings; a verb of sending before "troops" or
 * "soldiers" tells the sending, with the sender named before it; installations of a state ("its
 * enrichment facilities") place a strike in that state. Sentences written for these tests, not
 * taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from './seed-scan';

describe('talks and meetings name each other’s happenings', () => {
  it('"quiet talks with Mossad and CIA officials in Egypt" are the meetings', () => {
    const text =
      'Field Marshal Asim Munir was in Cairo that week. An Indian channel claimed he held quiet talks with Mossad and CIA officials in Egypt.';
    expect(eventAt(text, 'talks')).toBe(
      'quiet talks with Mossad and CIA officials in Egypt→munir-mossad-cia-meetings',
    );
  });

  it('"a meeting between Iranian and American envoys in Oman" is the talks', () => {
    const text =
      'Iran sent its foreign minister to Muscat. Nothing came of a meeting between Iranian and American envoys in Oman.';
    expect(eventAt(text, 'meeting')).toBe('meeting between Iranian and American→iran-nuclear-talks-oman');
  });

  it('but an event that was chiefly a lunch is not "talks" ("talks with Trump" at the White House)', () => {
    const text =
      'Field Marshal Asim Munir had lunch with Donald Trump in June. Saudi ministers held talks with Trump at the White House this week.';
    expect(eventAt(text, 'talks with')).toBeUndefined();
  });

  it('nor are talks with someone the meetings did not involve', () => {
    const text =
      'Field Marshal Asim Munir met Mossad and CIA officials in Egypt. Later he held talks with Chinese generals in Beijing.';
    expect(eventAt(text, 'talks with')).toBeUndefined();
  });
});

describe('installations of a state place a strike in it', () => {
  const page = 'Israel and Iran traded missiles for twelve days. The United States then bombed Fordow. ';
  it('"the raid on Iran’s enrichment facilities" is the US strikes', () => {
    const text = `${page}Tehran said the raid on Iran’s enrichment facilities broke international law.`;
    expect(eventAt(text, 'raid')).toBe(
      'raid on Iran’s enrichment facilities→us-strikes-on-iranian-nuclear-facilities',
    );
  });

  it('but not when the sentence names another attacker', () => {
    const text = `${page}Israel began with strikes on Iranian nuclear sites and air defences.`;
    expect(eventAt(text, 'strikes on')).toBe('strikes on Iranian nuclear sites→twelve-day-war');
  });

  it('nor with a date the strikes do not have', () => {
    const text = `${page}Nobody remembers the April raid on Iran’s nuclear plants.`;
    expect(eventAt(text, 'raid')).toBeUndefined();
  });
});
