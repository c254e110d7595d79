/**
 * Scoring the matcher against the blind-labelled corpus. A label with entity E is found when one
 * predicted mention of E overlaps it (one-to-one, largest overlaps paired first); a prediction
 * paired with no label is a false positive; a namesake label (entity null) is an error when an
 * unpaired prediction overlaps it. Spans need only overlap because outlets and labellers draw an
 * event phrase's edges differently ("last month's aerial conflict …"), while the entity is what a
 * reader sees on the card.
 */
import type { CorpusPage, LocatedLabel } from '../../../scripts/lib/corpus';

export interface Prediction {
  start: number;
  end: number;
  entity: string;
  kind: string;
  /** Inside another prediction. */
  nested: boolean;
  /** How it was found: an alias, an event's cues, a role phrase. */
  via: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  page: string;
  /** Labels placed in the page (entities and namesakes). */
  labels: number;
  /** Tallies by category: `all`, `kind person`, `paraphrase`, `nested`, `epithet`, `via cue`… */
  tallies: Map<string, Tally>;
  namesakes: number;
  namesakeErrors: number;
  /** Human-readable misses and false positives, for the printed report. */
  errors: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

function bump(tallies: Map<string, Tally>, key: string, field: keyof Tally) {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = { tp: 0, fp: 0, fn: 0 }));
  tally[field]++;
}

/** Categories a label counts in (for recall). */
function labelCategories(label: LocatedLabel, kind: string): string[] {
  const keys = ['all', `kind ${kind}`];
  if (label.paraphrase) keys.push('event paraphrase');
  if (label.parent !== undefined) keys.push('nested');
  if (label.epithet) keys.push('epithet');
  return keys;
}

/** Categories a prediction counts in (for precision). */
function predictionCategories(p: Prediction, label?: LocatedLabel): string[] {
  const keys = ['all', `kind ${p.kind}`];
  if (p.via !== 'alias') keys.push(`via ${p.via}`);
  if (p.nested || label?.parent !== undefined) keys.push('nested');
  if (label?.paraphrase) keys.push('event paraphrase');
  if (label?.epithet) keys.push('epithet');
  return keys;
}

export function scorePage(page: CorpusPage, predictions: Prediction[], kindOf: (id: string) => string) {
  const tallies = new Map<string, Tally>();
  const errors: string[] = [];
  const labels = page.labels.filter((l) => l.start >= 0);
  const pairs: { label: number; prediction: number; size: number }[] = [];
  labels.forEach((label, li) => {
    if (label.entity === null) return;
    predictions.forEach((p, pi) => {
      const size = overlap(label, p);
      if (p.entity === label.entity && size > 0) pairs.push({ label: li, prediction: pi, size });
    });
  });
  pairs.sort((a, b) => b.size - a.size);
  const labelTaken = new Map<number, number>();
  const predictionTaken = new Set<number>();
  for (const pair of pairs) {
    if (labelTaken.has(pair.label) || predictionTaken.has(pair.prediction)) continue;
    labelTaken.set(pair.label, pair.prediction);
    predictionTaken.add(pair.prediction);
  }
  const quote = (s: { start: number; end: number }) => JSON.stringify(page.text.slice(s.start, s.end));
  labels.forEach((label, li) => {
    if (label.entity === null) return;
    const found = labelTaken.get(li);
    const kind = kindOf(label.entity);
    for (const key of labelCategories(label, kind)) bump(tallies, key, found === undefined ? 'fn' : 'tp');
    if (found === undefined) {
      const tags = [
        label.paraphrase && 'paraphrase',
        label.parent !== undefined && 'nested',
        label.epithet && 'epithet',
      ]
        .filter(Boolean)
        .join(',');
      errors.push(`missed ${quote(label)} → ${label.entity}${tags ? ` (${tags})` : ''} @${label.start}`);
    }
  });
  const pairedLabel = new Map([...labelTaken].map(([l, p]) => [p, labels[l]!]));
  let namesakeErrors = 0;
  const namesakes = labels.filter((l) => l.entity === null);
  const spoiled = new Set<LocatedLabel>();
  predictions.forEach((p, pi) => {
    const label = pairedLabel.get(pi);
    if (predictionTaken.has(pi)) {
      for (const key of predictionCategories(p, label)) bump(tallies, `precision ${key}`, 'tp');
      return;
    }
    for (const key of predictionCategories(p)) bump(tallies, `precision ${key}`, 'fp');
    const namesake = namesakes.find((n) => overlap(n, p) > 0);
    if (namesake) spoiled.add(namesake);
    errors.push(
      `wrong ${quote(p)} → ${p.entity}${p.via !== 'alias' ? ` [${p.via}]` : ''}${namesake ? ` (namesake ${namesake.namesake})` : ''} @${p.start}`,
    );
  });
  namesakeErrors = spoiled.size;
  return {
    page: page.page,
    labels: labels.length,
    tallies,
    namesakes: namesakes.length,
    namesakeErrors,
    errors,
  } satisfies PageScore;
}

/** Sums page tallies. */
export function addTallies(into: Map<string, Tally>, from: Map<string, Tally>) {
  for (const [key, t] of from) {
    const sum = into.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(key, { tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn });
  }
}

export const precisionOf = (t: Tally | undefined) => (t && t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : 1);
export const recallOf = (t: Tally | undefined) => (t && t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : 1);

/**
 * The set a page belongs to by its number: A 01–15 (development from the start), B 16–30 and
 * C 31–45 (held out at the first freeze, development since), D 46–60 and E 61–75 (held out at the
 * second freeze), F 76–95 and G 96–115 (written blind on 5 December 2026), H 116–135 (written blind
 * on 5 December 2026, second session), I 136–155 (third session), J 156–175 (fourth session), K 176–195, L 196–215, M 216–235, N 236–255 and O 256–275 (6 December) P 276–295 (6 December, third session) Q 296–315 (6 December, fourth session) R 316–335, S 336–355 and T 356–375 (7 December), U 376–395 (7 December, eighth session), V 396–415 (7 December, ninth session), W 416–435 (7 December, tenth session), X 436–455 (7 December, eleventh session), Y 456–475 (8 December, twelfth session;
 * test/corpus/README.md says which are held out now).
 */
export function setOf(page: string): string {
  const n = Number.parseInt(page, 10);
  const firsts: [number, string][] = [
    [456, 'Y'],
    [436, 'X'],
    [416, 'W'],
    [396, 'V'],
    [376, 'U'],
    [356, 'T'],
    [336, 'S'],
    [316, 'R'],
    [296, 'Q'],
    [276, 'P'],
    [256, 'O'],
    [236, 'N'],
    [216, 'M'],
    [196, 'L'],
    [176, 'K'],
    [156, 'J'],
    [136, 'I'],
    [116, 'H'],
    [96, 'G'],
    [76, 'F'],
    [61, 'E'],
    [46, 'D'],
    [31, 'C'],
    [16, 'B'],
  ];
  return firsts.find(([first]) => n >= first)?.[1] ?? 'A';
}

/** Tallies summed over pages. */
export interface Totals {
  tallies: Map<string, Tally>;
  namesakes: number;
  namesakeErrors: number;
  summary(): { precision: number; recall: number; eventRecall: number; namesakePrecision: number };
}

export function emptyTotals(): Totals {
  const totals: Totals = {
    tallies: new Map(),
    namesakes: 0,
    namesakeErrors: 0,
    summary: () => ({
      precision: precisionOf(totals.tallies.get('precision all')),
      recall: recallOf(totals.tallies.get('all')),
      eventRecall: recallOf(totals.tallies.get('kind event')),
      namesakePrecision: totals.namesakes === 0 ? 1 : 1 - totals.namesakeErrors / totals.namesakes,
    }),
  };
  return totals;
}

export function addScore(into: Totals, score: PageScore) {
  addTallies(into.tallies, score.tallies);
  into.namesakes += score.namesakes;
  into.namesakeErrors += score.namesakeErrors;
}

/** A table of labels, precision and recall by category (rows) and set of pages (columns). */
export function formatTable(columns: [string, Totals][], kinds: readonly string[]): string {
  const rows: [string, string, string][] = [
    ['all', 'all', 'precision all'],
    ...kinds.map((k): [string, string, string] => [k, `kind ${k}`, `precision kind ${k}`]),
    ['event paraphrase', 'event paraphrase', 'precision via cue'],
    ['nested', 'nested', 'precision nested'],
    ['epithet', 'epithet', 'precision via epithet'],
  ];
  const cell = (value: number, n: number) => (n > 0 ? value.toFixed(3) : '  -  ');
  const head = `${''.padEnd(18)}${columns.map(([name]) => `| ${name.padEnd(9)}${'n'.padStart(4)} ${'P'.padStart(5)}  ${'R'.padStart(5)} `).join('')}`;
  const lines = [head];
  for (const [name, recallKey, precisionKey] of rows) {
    let line = name.padEnd(18);
    for (const [, t] of columns) {
      const r = t.tallies.get(recallKey);
      const p = t.tallies.get(precisionKey);
      const labels = r ? r.tp + r.fn : 0;
      line += `| ${String(labels).padStart(13)} ${cell(precisionOf(p), p ? p.tp + p.fp : 0)}  ${cell(recallOf(r), labels)} `;
    }
    lines.push(line);
  }
  let namesakes = 'namesakes'.padEnd(18);
  for (const [, t] of columns)
    namesakes += `| ${String(t.namesakes).padStart(13)} ${cell(t.summary().namesakePrecision, t.namesakes)}    -   `;
  lines.push(namesakes, '(namesake P: share of labelled namesake spans that no wrong link overlaps)');
  return lines.join('\n');
}
