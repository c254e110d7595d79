/**
 * Twenty-second pass on namesakes (issue #13), read from set V's wrong links, then A–U's:
 *
 * - A capital in brackets after any word is where someone or something is: a byline's
 *   "freelance (Tehran)", a clock's "6:00 pm (Paris)" (sets J and V), as after a name already.
 * - A capital a reporter or a caller is in: "by telephone from Islamabad", "dispatches from
 *   Tehran", "by video link from Baku" (sets L, T and V).
 * - A capital at one end of a route written with a dash, with nothing after the route that passes
 *   between governments: "Islamabad–Paris.", "QR 611 Islamabad–Doha, then" (sets H, J and T).
 * - A state's name right before "squad", "coach", "women's" or "men's" is its team: "Pakistan
 *   squad named", "the next Pakistan coach" (sets F, G, L, P, U), as before a player's role.
 * - A capital people fled is the city: "relatives who fled Tehran" (set P), as one they left.
 * - "House" is a head word: "the House of Sharif" is a label's name (set V), as "Bank of" is.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** Every top-level and nested mention as "text→entity". */
const mentions = (text: string) => scanSeed(text).map((m) => `${m.text}→${m.entity.id}`);

describe('a capital in brackets after a word is where someone is', () => {
  it.each([
    [
      'Iran',
      'Iran was bombed in June. Prize: Leila Karimi, freelance (Tehran), for her diaries.',
      'Tehran→iran',
    ],
    ['France', 'France hosted the talks. Published at 9:00 am (Paris) on Monday.', 'Paris→france'],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps a capital in brackets that is no place of anyone', () => {
    expect(mentions('Pakistan, through its government (Islamabad said), welcomed the plan.')).toContain(
      'Islamabad→pakistan',
    );
  });
});

describe('a capital a reporter or a caller is in is the city', () => {
  it.each([
    [
      'Pakistan',
      'Pakistan was angry, one official told us by telephone from Islamabad.',
      'Islamabad→pakistan',
    ],
    ['Iran', 'Iran was at war; her dispatches from Tehran ran every night.', 'Tehran→iran'],
    [
      'Azerbaijan',
      'Azerbaijan was thanked. The cabinet met by video link from Baku on Friday.',
      'Baku→azerbaijan',
    ],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps the government a letter or a statement comes from', () => {
    expect(mentions('Pakistan wrote to Oslo: the letter from Islamabad named Trump.')).toContain(
      'Islamabad→pakistan',
    );
  });
});

describe('a capital at one end of a route written with a dash is the city', () => {
  it.each([
    [
      'Pakistan',
      "Pakistan's airline flies to Europe again, starting with Islamabad–Paris.",
      'Islamabad→pakistan',
    ],
    [
      'Qatar',
      'Qatar was calm. Your booking: QR 611 Islamabad–Doha, then QR 9 Doha–London Heathrow.',
      'Doha→qatar',
    ],
  ])('%s: %s', (_, line, capital) => {
    expect(mentions(line)).not.toContain(capital);
  });

  it('keeps two governments joined by a dash before what passes between them', () => {
    const found = mentions('Iran and Israel watched as the Tehran–Tel Aviv truce held for a week.');
    expect(found).toContain('Tehran→iran');
    expect(found).toContain('Tel Aviv→israel');
  });
});

describe('a surname after "House of" names a house, not the person', () => {
  it('leaves the label unlinked and the full name after it linked', () => {
    const line =
      'The House of Sharif, a Karachi bridal label, showed gowns; "Shehbaz Sharif is welcome to buy one", they said.';
    const found = scanSeed(line).map((m) => `${m.text}@${m.start}→${m.entity.id}`);
    expect(found).not.toContain('Sharif@13→shehbaz-sharif');
    expect(found).toContain(`Shehbaz Sharif@${line.indexOf('Shehbaz')}→shehbaz-sharif`);
  });
});

describe('a capital people fled is the city', () => {
  it('leaves the capital unlinked after "fled"', () => {
    expect(
      mentions('Iran was bombed for twelve days; cousins who fled Tehran slept in our hall.'),
    ).not.toContain('Tehran→iran');
  });
});

describe("a state's name before a team's own nouns is its team", () => {
  it.each([
    ['SPORTS: Pakistan squad named for the West Indies tour; Pakistan protests to India.', 'Pakistan'],
    ['My view: Moeen Ali should be the next Pakistan coach.', 'Pakistan'],
    ["Consular support was offered to the Ireland women's cricket squad.", 'Ireland'],
  ])('%s', (line, state) => {
    const at = line.indexOf(state);
    expect(scanSeed(line).some((m) => m.start === at)).toBe(false);
  });

  it('keeps a state before a bare "side" and a state later in the same line', () => {
    expect(mentions('The US side presented an outline of the plan.')).toContain('US→united-states');
    expect(
      mentions('SPORTS: Pakistan squad named for the West Indies tour; Pakistan protests to India.'),
    ).toContain('Pakistan→pakistan');
  });
});
