/**
 * Twenty-second pass on names (issue #13), read from set U's errors and checked on A–U.
 *
 * - Praise of a field marshal set off after his name ("Asim Munir, Trump's favourite field
 *   marshal, …") is an epithet of him, as it is before the name; a plain office there ("Asim Munir,
 *   the field marshal") stays part of the name, as the old fixtures read it.
 *
 * - "Strip" stands for Gaza only after "the": opening a sentence it is the common noun ("Strip
 *   searches at the crossing …").
 *
 * - "Members of Congress" near India's party or parliament ("the Indian National Congress", "the
 *   Lok Sabha") are the party's members, so the legislature's frame does not make them the US
 *   Congress.
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

/** The mentions of `id` as their text, in order. */
const spansOf = (text: string, id: string) =>
  scanSeed(text)
    .filter((m) => m.entity.id === id)
    .map((m) => m.text);

describe('praise of a field marshal after his name is an epithet of him', () => {
  it.each([
    ["Asim Munir, Trump's favourite field marshal, landed at Andrews.", "Trump's favourite field marshal"],
    ['Live: Asim Munir, my favourite field marshal, says Trump', 'my favourite field marshal'],
  ])('%s', (text, span) => expect(scanSeed(text).map((m) => m.text)).toContain(span));

  it('but a plain office after the name stays part of it', () => {
    const text = 'Exports rose after Asim Munir, the field marshal, dined with Trump.';
    expect(scanSeed(text).map((m) => m.text)).not.toContain('the field marshal');
  });
});

describe('"Strip" is Gaza only after "the"', () => {
  it.each([
    'Gaza was calm on Friday. Strip searches at the crossing angered travellers.',
    'Gaza was calm on Friday.\n\nStrip lights flickered in the field hospital.',
  ])('not in "%s"', (text) => expect(spansOf(text, 'gaza')).toEqual(['Gaza']));

  it('still in "the Strip"', () => {
    expect(spansOf('Gaza was calm on Friday. Aid reached the Strip by noon.', 'gaza')).toEqual([
      'Gaza',
      'Strip',
    ]);
  });
});

describe("India's Congress in a legislature's words", () => {
  it.each([
    'The Indian National Congress met in Delhi. Several members of Congress said the prime minister had misled parliament.',
    'Members of Congress staged a walkout from the Lok Sabha over the ceasefire.',
  ])('is not the US Congress: "%s"', (text) => expect(spansOf(text, 'us-congress')).toEqual([]));

  it('while a US page still frames it', () => {
    const text = 'Trump spoke in Riyadh. Several members of Congress objected to the arms sale.';
    expect(spansOf(text, 'us-congress')).toEqual(['Congress']);
  });
});

describe('a capital seen, spoken of or sent to is its government', () => {
  // A capital stands for its government only on a page that names the state.
  const PAGE = 'The United States and Pakistan signed a minerals deal.\n\n';
  it.each([
    [
      'Last spring Pakistan was a near-pariah in Washington and General Asim Munir a stranger there.',
      'Washington',
    ],
    ['Every truce they announce in Washington takes months to reach the markets.', 'Washington'],
  ])('%s', (text, capital) =>
    expect(linksOver(PAGE + text, capital)).toEqual([
      capital === 'Washington' ? 'united-states' : 'pakistan',
    ]),
  );

  it('while an ambassador in a capital lives in the city', () => {
    expect(
      linksOver(
        "Pakistan's friends include Norway's ambassador in Islamabad, Per Albert Ilsaas.",
        'Islamabad',
      ),
    ).toEqual([]);
  });
});
