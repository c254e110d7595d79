import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/lib/anchor/match-quote';
import { describeQuote } from '@/lib/anchor/selectors';

const page = [
  'Pakistan’s army chief, Field Marshal Asim Munir, was greeted warmly at the Pentagon by top brass.',
  'He was rewarded with a private lunch meeting with the US president, an unusual honour.',
  'Critics in Islamabad said the timing could not have been worse for the government.',
  'Meanwhile, Iran thanked Pakistan for taking a courageous stance during the 12-day war.',
].join(' ');

/** Selectors for the first occurrence of `quote` in the original page. */
function saved(quote: string, text = page) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in page: ${quote}`);
  return describeQuote(text, start, start + quote.length);
}

const slice = (text: string, a: { start: number; end: number } | undefined) =>
  a ? text.slice(a.start, a.end) : undefined;

describe('selectors', () => {
  it('keep 32 characters of context either side and the position', () => {
    const s = saved('a private lunch meeting');
    expect(s.quote.exact).toBe('a private lunch meeting');
    expect(s.quote.prefix).toHaveLength(32);
    expect(page.endsWith(s.quote.suffix) || s.quote.suffix.length === 32).toBe(true);
    expect(page.slice(s.position.start, s.position.end)).toBe('a private lunch meeting');
  });
});

describe('re-anchoring a saved quote', () => {
  it('finds an unchanged quote exactly', () => {
    const s = saved('a private lunch meeting with the US president');
    expect(anchorQuote(page, s)).toMatchObject({ quality: 'exact', start: s.position.start });
  });

  it('follows a paragraph that moved', () => {
    const s = saved('Iran thanked Pakistan for taking a courageous stance');
    const moved = page.split('. ').toReversed().join('. ');
    const anchor = anchorQuote(moved, s);
    expect(anchor?.quality).toBe('exact');
    expect(slice(moved, anchor)).toBe('Iran thanked Pakistan for taking a courageous stance');
  });

  it('survives edited words, flagged only when the edit is large', () => {
    const s = saved('He was rewarded with a private lunch meeting with the US president');
    const edited = page.replace('a private lunch meeting', 'a private lunch');
    const anchor = anchorQuote(edited, s);
    expect(anchor?.quality).toBe('fuzzy');
    expect(slice(edited, anchor)).toMatch(/^He was rewarded with a private lunch with the US president/);
  });

  it('widens a match that the edits left inside a word to the whole word', () => {
    const s = saved('was rewarded with a private lunch meeting with the US president');
    const edited = page
      .replace('He was rewarded', 'Munir was rewarded')
      .replace('US president,', 'US presidency,');
    const anchor = anchorQuote(edited, s);
    expect(anchor?.quality).toBe('fuzzy');
    expect(slice(edited, anchor)).toBe('was rewarded with a private lunch meeting with the US presidency');
  });

  it('keeps a quote that began inside a word where it began', () => {
    const text = 'The outcome was unprecedented for the region and for the talks that followed it.';
    const at = text.indexOf('precedented');
    const s = describeQuote(text, at, at + 'precedented for the region and for the talks'.length);
    const edited = text.replace('for the region', 'for this region');
    expect(slice(edited, anchorQuote(edited, s))).toMatch(/^precedented for this region/);
  });

  it('survives whitespace changes', () => {
    const s = saved('Critics in Islamabad said the timing could not have been worse');
    const reflowed = page.replace('Critics in Islamabad said', 'Critics  in\n   Islamabad said');
    const anchor = anchorQuote(reflowed, s);
    expect(anchor?.quality).toBe('fuzzy');
    expect(slice(reflowed, anchor)?.replace(/\s+/g, ' ')).toContain('Critics in Islamabad said the timing');
  });

  it('puts a duplicated quote on the copy whose context matches', () => {
    const text = 'Officials said the talks went well. Later, in Tehran, officials said the talks went well.';
    const s = describeQuote(
      text,
      text.lastIndexOf('officials said'),
      text.lastIndexOf('officials said') + 'officials said the talks went well'.length,
    );
    const shifted = `Breaking: ${text}`;
    const anchor = anchorQuote(shifted, s);
    expect(anchor?.start).toBe(shifted.lastIndexOf('officials said'));
    expect(anchor?.quality).toBe('exact');
  });

  it('puts an edited, repeated passage on the copy whose context matches, even with a few more edits', () => {
    const passage = 'the foreign minister said the talks in Muscat had gone well and would continue';
    const intro = 'In a statement on Monday, ';
    const text = `Earlier: ${passage}. ${'Filler sentence about other matters. '.repeat(20)}${intro}${passage}. The end.`;
    const at = text.lastIndexOf(passage);
    const s = describeQuote(text, at, at + passage.length);
    // Both copies were edited; the right one (after the intro) a little more than the other.
    const edited = text
      .replace(`Earlier: ${passage}`, `Earlier: ${passage.replace('had gone', 'went')}`)
      .replace(`${intro}${passage}`, `${intro}${passage.replace('had gone well', 'went very well')}`);
    const anchor = anchorQuote(edited, s);
    expect(anchor?.start).toBe(edited.indexOf(intro) + intro.length);
    expect(anchor?.quality).not.toBe('exact');
  });

  it('does not guess between identical copies of a very short quote', () => {
    const text = 'Iran. Iran. Iran.';
    const s = describeQuote(text, 6, 10);
    const reworded = 'Iran! Iran? Iran; Iran.';
    const anchor = anchorQuote(reworded, s);
    expect(anchor === undefined || anchor.quality === 'doubtful').toBe(true);
    expect(anchorQuote('No such word here.', s)).toBeUndefined();
  });

  it('never matches a short quote approximately', () => {
    const s = saved('US president');
    expect(anchorQuote(page.replace('US president', 'UK premier'), s)).toBeUndefined();
  });

  it('leaves a removed passage orphaned rather than attach it to other text', () => {
    const s = saved('He was rewarded with a private lunch meeting with the US president, an unusual honour.');
    const removed = page.replace(
      'He was rewarded with a private lunch meeting with the US president, an unusual honour.',
      '',
    );
    expect(anchorQuote(removed, s)).toBeUndefined();
    const rewritten = page.replace(
      'He was rewarded with a private lunch meeting with the US president, an unusual honour.',
      'The visit drew criticism from opposition parties in parliament.',
    );
    expect(anchorQuote(rewritten, s)).toBeUndefined();
  });
});

describe('a quote with something put inside it since', () => {
  const quote = 'He was rewarded with a private lunch meeting with the US president, an unusual honour.';
  const box =
    '\n  Newsletter: sign up for our morning briefing on South Asia and the Middle East, delivered free to your inbox every weekday before 7 a.m. Read more: how the lunch was arranged.\n  ';

  it('finds it through a box the site put in the middle of the sentence, on all of its words', () => {
    const boxed = page.replace('a private lunch meeting', `a private lunch${box}meeting`);
    const found = anchorQuote(boxed, saved(quote));
    expect(slice(boxed, found)).toBe(
      `He was rewarded with a private lunch${box}meeting with the US president, an unusual honour.`,
    );
    expect(found?.quality).toBe('fuzzy');
  });

  it('does not look through words taken out, nor where the context around it is gone', () => {
    const cut = page.replace('a private lunch meeting', `a private${box}meeting`);
    expect(anchorQuote(cut, saved(quote))).toBeUndefined();
    const boxedElsewhere = `${page.replace(quote, 'The visit drew criticism from opposition parties in parliament.')} Archive: ${quote.replace('lunch meeting', `lunch${box}meeting`)} End of archive.`;
    expect(anchorQuote(boxedElsewhere, saved(quote))).toBeUndefined();
  });
});

describe('a few words whose neighbours are all gone', () => {
  it('are flagged, since they may be the same words in another passage', () => {
    const original = `${page} Officials said Pakistan had been informed in advance of the strikes.`;
    const s = saved('had been informed in advance', original);
    const after = `${page} No government, the department said, had been informed in advance by anyone at all.`;
    expect(anchorQuote(after, s)?.quality).toBe('doubtful');
    // With one neighbour still there they are placed as before.
    const edited = `${page} Officials said Pakistan had been informed in advance by anyone at all.`;
    expect(anchorQuote(edited, s)?.quality).toBe('exact');
  });
});
