/**
 * The compare view's rules, apart from the side panel: pairs aligned by similarity (the most
 * alike first, each claim once), rows in date order, the filters by site and date, similarity
 * said in words, the word diff, and how "Seen elsewhere" says where a passage was said before.
 */
import { describe, expect, it } from 'vitest';
import { alignColumns, filterRows, focusFirst, PAIR_AT, type CompareItem } from '@/lib/claims/compare';
import { wordDiff } from '@/lib/claims/word-diff';
import { whereSaid } from '@/lib/echo/describe';
import { kbPhraseTable } from '@/lib/echo/kb-phrases';
import { similarityWords, textSimilarity } from '@/lib/echo/similarity';
import type { EchoOrigin } from '@/lib/echo/types';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const item = (id: string, text: string, date: string | null, site = 'dawn.com'): CompareItem => ({
  ref: { kind: 'saved', id },
  text,
  date,
  site,
  by: site,
  entities: [],
});

const checked = validatePack(readSeedPack().pack);
if (!checked.ok) throw new Error('the seed knowledge base does not validate');
const table = kbPhraseTable(checked.pack.entities);
const similarity = (a: string, b: string) => textSimilarity(a, b, table);

const LUNCH = 'Field Marshal Asim Munir was rewarded with a private lunch meeting with President Trump';
const TARIFF = 'The United States cut tariffs on Pakistani textiles to nineteen percent in August';
const CRICKET = 'The cricket final will be played in Lahore on Sunday after the rain';

describe('alignColumns', () => {
  it('sets each claim beside the most alike one elsewhere, each claim in one row', () => {
    const yours = [item('a', LUNCH, '2025-06-20'), item('b', TARIFF, '2025-08-02')];
    const elsewhere = [
      item(
        'x',
        'The US cut tariffs on Pakistani textiles to 19 percent in August',
        '2025-08-01',
        'b.example',
      ),
      item('y', `“${LUNCH.replace('President Trump', 'President Donald Trump')}”`, '2025-06-19', 'c.example'),
      item('z', 'Asim Munir was rewarded with a private lunch', '2025-06-18', 'd.example'),
    ];
    const rows = alignColumns(yours, elsewhere, similarity);
    const pairs = rows.map((r) => [r.yours?.ref?.id, r.elsewhere?.ref?.id]);
    // The closer wording wins the pair; the shorter, less alike one gets a row of its own.
    expect(pairs).toContainEqual(['a', 'y']);
    expect(pairs).toContainEqual(['b', 'x']);
    expect(pairs).toContainEqual([undefined, 'z']);
    expect(rows).toHaveLength(3);
    for (const row of rows.filter((r) => r.yours && r.elsewhere))
      expect(row.similarity).toBeGreaterThanOrEqual(PAIR_AT);
  });

  it('puts rows in date order, a pair by its earlier date, undated rows last', () => {
    const rows = alignColumns(
      [item('a', LUNCH, '2025-06-20'), item('c', CRICKET, null)],
      [item('y', LUNCH, '2025-06'), item('t', TARIFF, '2024')],
      similarity,
    );
    expect(rows.map((r) => r.yours?.ref?.id ?? r.elsewhere?.ref?.id)).toEqual(['t', 'a', 'c']);
  });

  it('leaves unlike claims apart', () => {
    const rows = alignColumns(
      [item('a', LUNCH, '2025-06-20')],
      [item('c', CRICKET, '2025-06-21')],
      similarity,
    );
    expect(rows.map((r) => [r.yours?.ref?.id, r.elsewhere?.ref?.id])).toEqual([
      ['a', undefined],
      [undefined, 'c'],
    ]);
  });
});

describe('filterRows', () => {
  const rows = alignColumns(
    [item('a', LUNCH, '2025-06-20'), item('c', CRICKET, null)],
    [item('y', LUNCH, '2025-06', 'asiatimes.com'), item('t', TARIFF, '2024-11-03', 'b.example')],
    similarity,
  );
  const ids = (filter: Parameters<typeof filterRows>[1]) =>
    filterRows(rows, filter).map((r) => [r.yours?.ref?.id, r.elsewhere?.ref?.id].filter(Boolean).join('|'));

  it('keeps rows with either side from the site', () => {
    expect(ids({ site: 'asiatimes.com' })).toEqual(['a|y']);
    expect(ids({ site: 'dawn.com' })).toEqual(['a|y', 'c']);
    expect(ids({})).toEqual(['t', 'a|y', 'c']);
  });

  it('keeps rows dated in the range, a month when it overlaps it, undated rows only without one', () => {
    expect(ids({ from: '2025-01-01' })).toEqual(['a|y']);
    expect(ids({ to: '2024-12-31' })).toEqual(['t']);
    // The pair's date is "June 2025": it overlaps the middle of June.
    expect(ids({ from: '2025-06-15', to: '2025-06-16' })).toEqual(['a|y']);
    expect(ids({ from: '2025-07-01' })).toEqual([]);
  });
});

describe('similarity in words', () => {
  it('says how alike, with names and abbreviations read alike', () => {
    expect(similarityWords(similarity(LUNCH, `“${LUNCH}.”`))).toBe('very close');
    expect(similarity('The United Nations envoy met Munir', 'The UN envoy met Munir')).toBe(1);
    expect(
      similarityWords(
        similarity(
          LUNCH,
          'Trump hosted Munir for lunch at the White House on Wednesday, officials and aides said',
        ),
      ),
    ).toBe('related');
    expect(similarityWords(similarity(LUNCH, CRICKET))).toBe('different');
    expect(similarityWords(0.5)).toBe('close');
  });
});

describe('wordDiff', () => {
  it('marks the words only one side has', () => {
    const diff = wordDiff(
      'a private lunch meeting with President Donald Trump',
      'a private lunch with President Trump',
    );
    expect(diff.changed).toBe(true);
    expect(diff.before.filter((p) => p.kind === 'only').map((p) => p.text.trim())).toEqual([
      'meeting',
      'Donald',
    ]);
    expect(diff.after.filter((p) => p.kind === 'only')).toEqual([]);
    expect(diff.after.map((p) => p.text).join('')).toBe('a private lunch with President Trump');
    expect(wordDiff('same  words', 'same words').changed).toBe(false);
  });
});

describe('whereSaid', () => {
  const now = new Date('2025-11-21T08:00:00Z');
  const saved: EchoOrigin = {
    kind: 'saved',
    id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01',
    quote: LUNCH,
    url: 'https://www.dawn.com/news/1',
    site: 'dawn.com',
    title: 'Munir in Washington',
    saved: '2025-11-03T10:00:00.000Z',
    link: 'https://www.dawn.com/news/1#:~:text=Field',
    entities: [],
  };
  const kb: EchoOrigin = {
    kind: 'kb',
    id: 'c1',
    quote: LUNCH,
    source: 's1',
    start: 0,
    end: 10,
    outlet: 'Asia Times',
    title: 'Munir’s lunch',
    published: '2025-06-21',
    about: [],
  };

  it('says who said it and when', () => {
    expect(whereSaid(saved, now)).toBe('You saved this on dawn.com, 3 Nov');
    expect(whereSaid({ ...saved, saved: '2024-11-03T10:00:00.000Z' }, now)).toBe(
      'You saved this on dawn.com, 3 Nov 2024',
    );
    expect(whereSaid(kb, now)).toBe('Asia Times reported this on 21 June 2025');
    expect(whereSaid({ ...kb, outlet: null, published: null }, now)).toBe(
      'Munir’s lunch reported this (undated)',
    );
  });
});

describe('focusFirst', () => {
  const rows = alignColumns(
    [item('a', LUNCH, '2025-06-20'), item('mine', CRICKET, '2026-12-01')],
    [item('t', TARIFF, '2024-11-03'), item('y', LUNCH, '2025-06')],
    similarity,
  );

  it('puts the row of the claim a view is about first, the others in date order after it', () => {
    const ids = (list: typeof rows) => list.map((r) => r.yours?.ref?.id ?? r.elsewhere?.ref?.id);
    expect(ids(rows)).toEqual(['t', 'a', 'mine']);
    expect(ids(focusFirst(rows, 'mine'))).toEqual(['mine', 't', 'a']);
  });

  it('leaves the order alone without a claim, or for a claim not in the rows', () => {
    expect(focusFirst(rows, undefined)).toEqual(rows);
    expect(focusFirst(rows, 'gone')).toEqual(rows);
  });
});
