/**
 * Twenty-first pass on namesakes (issue #13), read from set U's wrong links, then A–T's:
 *
 * - A capital after the post's words ("parcels posted to Tehran", "mail to Islamabad", "delivery to
 *   Doha") or after a compass point ("a flat in north Tehran") is the city, as after a journey's
 *   (sets Q and U).
 * - A body named for where it works, a run of capitalised words ending in "Group" or "Mission" and
 *   "in" one or two names ("Military Observer Group in India and Pakistan"), holds those names as
 *   part of its own (sets M, P, Q); a lower-case "group in Pakistan" does not.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe('a capital the post goes to, or a quarter of it, is the city', () => {
  it.each([
    [
      'Iran',
      'Iran reopened its border crossings, but parcels posted to Tehran from Lahore still took a month.',
      'Tehran→iran',
    ],
    [
      'Qatar',
      'Qatar said the cargo terminal was open; one courier blamed the delay on mail to Doha piling up in Dubai.',
      'Doha→qatar',
    ],
    [
      'Pakistan',
      'Pakistan has new postal rates. My last delivery to Islamabad came two weeks late.',
      'Islamabad→pakistan',
    ],
    [
      'Iran',
      'Iran was at war that week, and my aunt slept in the basement of her block in north Tehran.',
      'Tehran→iran',
    ],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps the government a statement is sent to', () => {
    const line = 'Iran was warned: Islamabad sent a message to Tehran before the strikes.';
    expect(mentions(line)).toContain('Tehran→iran');
  });
});

describe("a body named 'in' the states it works in holds their names", () => {
  it('leaves both states inside the name unlinked', () => {
    const line =
      'India and Pakistan both host the UN Military Observer Group in India and Pakistan, whose budget was cut.';
    expect(mentions(line)).toEqual(['India→india', 'Pakistan→pakistan']);
  });

  it('keeps a state after a lower-case group or a bare head', () => {
    expect(mentions('A small contact group in Pakistan met the envoy.')).toContain('Pakistan→pakistan');
    expect(mentions('Mission in Afghanistan: what the army learnt.')).toContain('Afghanistan→afghanistan');
  });
});

describe('a capital joined by a dash or a slash to a city the KB does not know is the city', () => {
  it.each([
    [
      'Pakistan',
      'Pakistan has reopened its airspace, but the Islamabad–Rawalpindi stretch stayed shut.',
      'Islamabad→pakistan',
    ],
    [
      'Pakistan',
      'Pakistan blamed the rain: homes near the Rawalpindi/Islamabad border were flooded.',
      'Islamabad→pakistan',
    ],
    ['Qatar', 'Qatar said its carrier would restart Doha-Istanbul services on Monday.', 'Doha→qatar'],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps two governments joined by a dash', () => {
    const line = 'Pakistan and Iran kept the Islamabad–Tehran channel open all week.';
    expect(mentions(line)).toEqual(expect.arrayContaining(['Islamabad→pakistan', 'Tehran→iran']));
  });
});

describe('a capital before what a city holds or sends is the city', () => {
  it.each([
    ['Egypt', 'Egypt closed the crossing again, our Cairo stringer reported at noon.', 'Cairo→egypt'],
    ['Iran', 'Iran was under fire; a Tehran photographer kept shooting from the roof.', 'Tehran→iran'],
    ['Qatar', 'Qatar paid for the Doha meeting of the athletics federation.', 'Doha→qatar'],
    [
      'Pakistan',
      'Pakistan loves wrestling, and the Islamabad show sold out in an hour.',
      'Islamabad→pakistan',
    ],
    [
      'Afghanistan',
      'Afghanistan was far away, but the Kabul restaurants of Peshawar were full.',
      'Kabul→afghanistan',
    ],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps what the government decides', () => {
    expect(mentions('Pakistan denied the Islamabad decision to send troops.')).toContain(
      'Islamabad→pakistan',
    );
  });
});

describe("a state's name before a surname's particle is a first name", () => {
  it('leaves the person unlinked and keeps the state', () => {
    const line =
      'Thanks to all who wrote about India, above all India de Souza from Goa and Israel van Leeuwen.';
    expect(mentions(line)).toEqual(['India→india']);
  });
});

describe('a quoted name keeps its idiom; Washington apples are no government', () => {
  it.each([
    [
      'Trump',
      'Donald Trump smiled. In the game, each side may play the "Trump" card once.',
      'Donald Trump→donald-trump',
    ],
    [
      'Trump',
      'Donald Trump smiled. In the game, each side may play the “Trump” card once.',
      'Donald Trump→donald-trump',
    ],
    ['Washington', 'Trump praised Washington apples at a farm in the United States.', 'Trump→donald-trump'],
  ])('%s: %s', (name, line, kept) => {
    const found = mentions(line);
    expect(found).toContain(kept);
    expect(found.filter((m) => m.startsWith(`${name}→`))).toEqual([]);
  });
});
