/**
 * `npx tsx scripts/corpus-compare.ts test/corpus-I-second`: how far two labellers of the same corpus pages agree.
 * The first labeller's labels are in test/corpus/labels, the second's (written blind to them) in
 * the folder given (e.g. test/corpus-I-second/labels). Labels are placed in the page's visible text as the corpus does,
 * then paired: same entity (null for namesakes) and the same span first, then same entity and
 * overlapping spans (a span disagreement). Prints, overall and by kind, the share of the first
 * labeller's labels the second also made (recall) and the share of the second's the first also
 * made (precision), then every disagreement. It never runs the matcher.
 */
import { basename, join, resolve } from 'node:path';
import { readCorpus, corpusDir, type LocatedLabel } from './lib/corpus';
import { readSeedPack } from './lib/seed-pack';
import { validatePack } from '../lib/kb/validate-pack';

const secondDir = resolve(process.argv[2] ?? join(corpusDir, '..', 'corpus-I-second'));
const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid; run npm run kb:check');
const kinds = new Map<string, string>(seed.pack.entities.map((e) => [e.id, e.kind]));

/** The categories a label counts in: its entity's kind (or namesake), and its flags. */
function categories(label: LocatedLabel): string[] {
  if (label.entity === null) return ['namesake'];
  const kind = kinds.get(label.entity) ?? '?';
  const cats = [kind === 'system' ? 'organisation' : kind];
  if (label.paraphrase) cats.push('paraphrase');
  if (label.epithet) cats.push('epithet');
  return cats;
}

const overlaps = (a: LocatedLabel, b: LocatedLabel) => a.start < b.end && b.start < a.end;
const show = (l: LocatedLabel) =>
  `"${l.text}" [${l.entity ?? `null ${l.namesake ?? ''}`}${l.paraphrase ? ' P' : ''}${l.epithet ? ' E' : ''}]`;

interface Pairing {
  exact: Map<LocatedLabel, LocatedLabel>;
  loose: Map<LocatedLabel, LocatedLabel>;
}

/** Pairs first-labeller labels with second-labeller labels, exact spans before overlaps. */
function pair(first: LocatedLabel[], second: LocatedLabel[]): Pairing {
  const exact = new Map<LocatedLabel, LocatedLabel>();
  const loose = new Map<LocatedLabel, LocatedLabel>();
  const taken = new Set<LocatedLabel>();
  for (const a of first) {
    const b = second.find(
      (x) => !taken.has(x) && x.entity === a.entity && x.start === a.start && x.end === a.end,
    );
    if (b) {
      exact.set(a, b);
      taken.add(b);
    }
  }
  for (const a of first) {
    if (exact.has(a)) continue;
    const b = second.find((x) => !taken.has(x) && x.entity === a.entity && overlaps(a, x));
    if (b) {
      loose.set(a, b);
      taken.add(b);
    }
  }
  return { exact, loose };
}

const firstPages = readCorpus(corpusDir);
const secondPages = readCorpus(secondDir, join(corpusDir, 'pages'));
/** Per category: label counts, and paired counts by the first's categories (recall) and the second's (precision). */
interface Row {
  first: number;
  second: number;
  exact: number;
  loose: number;
  exactSecond: number;
  looseSecond: number;
}
const tally = new Map<string, Row>();
const row = (cat: string) => {
  let r = tally.get(cat);
  if (!r) tally.set(cat, (r = { first: 0, second: 0, exact: 0, loose: 0, exactSecond: 0, looseSecond: 0 }));
  return r;
};
const lines: string[] = [];
let flagDiffs = 0;

for (const mine of secondPages) {
  const theirs = firstPages.find((p) => p.page === mine.page);
  if (!theirs) throw new Error(`no first labels for ${mine.page}`);
  const { exact, loose } = pair(theirs.labels, mine.labels);
  const matchedSecond = new Set([...exact.values(), ...loose.values()]);
  for (const a of theirs.labels)
    for (const cat of ['all', ...categories(a)]) {
      const r = row(cat);
      r.first++;
      if (exact.has(a)) r.exact++;
      if (exact.has(a) || loose.has(a)) r.loose++;
    }
  const exactSecond = new Set(exact.values());
  for (const b of mine.labels)
    for (const cat of ['all', ...categories(b)]) {
      const r = row(cat);
      r.second++;
      if (exactSecond.has(b)) r.exactSecond++;
      if (matchedSecond.has(b)) r.looseSecond++;
    }

  const out: string[] = [];
  // Walk both lists in text order so each disagreement reads next to its neighbours.
  const events = [
    ...theirs.labels.map((l) => ({ at: l.start, side: 1 as const, l })),
    ...mine.labels.map((l) => ({ at: l.start, side: 2 as const, l })),
  ].toSorted((x, y) => x.at - y.at || x.side - y.side);
  for (const { side, l } of events) {
    if (side === 1) {
      const b = exact.get(l) ?? loose.get(l);
      if (b && !exact.has(l)) out.push(`  SPAN   first ${show(l)}  second ${show(b)}`);
      else if (b && (!!b.paraphrase !== !!l.paraphrase || !!b.epithet !== !!l.epithet)) {
        flagDiffs++;
        out.push(`  FLAG   first ${show(l)}  second ${show(b)}`);
      } else if (!b) {
        const other = mine.labels.filter((x) => overlaps(x, l));
        out.push(
          `  FIRST  ${show(l)} @${l.start}${other.length ? `  (second has ${other.map(show).join(', ')})` : ''}`,
        );
      }
    } else if (!matchedSecond.has(l)) {
      const other = theirs.labels.filter((x) => overlaps(x, l));
      out.push(
        `  SECOND ${show(l)} @${l.start}${other.length ? `  (first has ${other.map(show).join(', ')})` : ''}`,
      );
    }
  }
  if (out.length) lines.push(`${mine.page}`, ...out);
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(5) : '    -');
console.log(
  `${secondPages.length} pages compared (first: test/corpus/labels, second: ${basename(secondDir)})`,
);
console.log(
  'category       first second | recall of second vs first (same entity, overlapping span / exact span) | precision',
);
const order = [
  'all',
  'state',
  'person',
  'event',
  'place',
  'organisation',
  'namesake',
  'paraphrase',
  'epithet',
];
for (const cat of order) {
  const r = row(cat);
  console.log(
    `${cat.padEnd(13)} ${String(r.first).padStart(6)} ${String(r.second).padStart(6)} | ` +
      `R ${pct(r.loose, r.first)}% (${r.loose}) exact ${pct(r.exact, r.first)}% (${r.exact}) | ` +
      `P ${pct(r.looseSecond, r.second)}% (${r.looseSecond}) exact ${pct(r.exactSecond, r.second)}%`,
  );
}
console.log(`paired labels whose paraphrase/epithet flag differs: ${flagDiffs}`);
console.log('\nDisagreements (FIRST: only the first labeller; SECOND: only the second; SPAN: same');
console.log('entity, different span; FLAG: same span and entity, different paraphrase/epithet flag)');
console.log(lines.join('\n'));
