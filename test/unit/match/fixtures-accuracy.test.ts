/**
 * Precision and recall of mention detection on the labelled fixture pages: each page's HTML is
 * parsed and scanned with the same pipeline the content script uses, and what it finds is
 * compared with the labels in `<page>.expected.json` (text and entity, one entry per
 * occurrence). Dynamic content (live posts, SPA routes, shadow roots) is checked end to end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { scanStatic } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '@/lib/match/from-kb';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';
import { fixturesDir } from '../../../scripts/lib/fixtures';

interface Expected {
  page: string;
  mentions: { text: string; entity: string }[];
  frame?: { text: string; entity: string }[];
}

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);

/** Mention text as labelled: soft hyphens dropped, any whitespace run a single space. */
const canonical = (text: string) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function scanFile(file: string) {
  const { document } = parseHTML(readFileSync(join(fixturesDir, file), 'utf8'));
  return scanStatic(document, dict, entities).mentions.map((m) => ({
    text: canonical(m.text),
    entity: m.entity.id,
  }));
}

/** True positives, and the unmatched found / expected items, as a multiset comparison. */
function compare(found: { text: string; entity: string }[], expected: { text: string; entity: string }[]) {
  const key = (m: { text: string; entity: string }) => `${m.entity} ← ${canonical(m.text)}`;
  const wanted = new Map<string, number>();
  for (const m of expected) wanted.set(key(m), (wanted.get(key(m)) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const m of found) {
    const left = wanted.get(key(m)) ?? 0;
    if (left > 0) {
      tp++;
      wanted.set(key(m), left - 1);
    } else extra.push(key(m));
  }
  const missed = [...wanted].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { tp, extra, missed };
}

const pages = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Expected);

const totals = { tp: 0, fp: 0, fn: 0 };
const rows: string[] = [];

describe('mention detection on labelled fixtures', () => {
  it('has labelled fixtures for every layout the design asks for', () => {
    expect(pages.map((p) => p.page)).toEqual(
      expect.arrayContaining([
        'layout-broadsheet.html',
        'layout-wire.html',
        'layout-tabloid.html',
        'layout-magazine.html',
        'live-blog.html',
        'spa.html',
        'iframe-host.html',
        'shadow.html',
        'strict-csp.html',
        'dark.html',
        'rtl.html',
      ]),
    );
  });

  for (const page of pages) {
    it(`finds the labelled mentions of ${page.page}`, () => {
      const lists: [string, { text: string; entity: string }[]][] = [[page.page, page.mentions]];
      if (page.frame) lists.push(['iframe-inner.html', page.frame]);
      for (const [file, expected] of lists) {
        const { tp, extra, missed } = compare(scanFile(file), expected);
        totals.tp += tp;
        totals.fp += extra.length;
        totals.fn += missed.length;
        // Each page on its own must not be far off, so one bad layout cannot hide in the total.
        expect(tp / Math.max(1, tp + extra.length)).toBeGreaterThanOrEqual(0.9);
        expect(tp / Math.max(1, tp + missed.length)).toBeGreaterThanOrEqual(0.9);
        rows.push(
          `${file.padEnd(24)} ${String(tp).padStart(4)} ${String(extra.length).padStart(4)} ${String(missed.length).padStart(4)}`,
        );
        if (extra.length || missed.length)
          rows.push(`    wrong: ${extra.join('; ') || '-'}\n    missed: ${missed.join('; ') || '-'}`);
      }
    });
  }

  it('reaches the precision and recall targets overall', () => {
    const precision = totals.tp / (totals.tp + totals.fp);
    const recall = totals.tp / (totals.tp + totals.fn);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  afterAll(() => {
    const precision = totals.tp / (totals.tp + totals.fp);
    const recall = totals.tp / (totals.tp + totals.fn);
    console.log(
      [
        'Mention detection on labelled fixtures (static HTML):',
        `${'page'.padEnd(24)}   tp   fp   fn`,
        ...rows,
        `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`,
      ].join('\n'),
    );
  });
});
