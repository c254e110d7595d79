/**
 * The compare view's data: the reader's claims in one column, what the knowledge base's
 * sources (and, from "Seen elsewhere", another site) say in the other, aligned row by row by
 * similarity (each pair the most alike first, each claim in at most one pair), rows in date
 * order, with the relations the reader recorded.
 */
import type { CardClaim } from '../kb/card';
import type { ClaimRef, ClaimRelation, SavedClaim } from './schema';

/** What to compare: an actor or event, or one saved claim (and so its actors and events). */
export interface CompareTarget {
  entity?: string;
  claim?: string;
  /** A passage of the page in the tab ("Seen elsewhere"), set beside the reader's claims. */
  passage?: { text: string; url: string };
}

/** One claim in a column. */
export interface CompareItem {
  /** Null for a passage of the page in the tab, which is not stored. */
  ref: ClaimRef | null;
  text: string;
  /** ISO date (or partial date) it was published or saved; null when unknown. */
  date: string | null;
  /** Host name, for the site filter. */
  site: string;
  /** Who says it: the outlet, the source's attribution, or the site. */
  by: string;
  /** Where to read it: a web address, or a knowledge-base source to open in the reader. */
  url?: string;
  source?: { id: string; start: number; end: number };
  status?: CardClaim['status'];
  /** The knowledge pack a source's claim comes from: an imported pack's never wears the seed's badge. */
  pack?: CardClaim['pack'];
  note?: string;
  entities: string[];
}

export interface CompareRow {
  yours?: CompareItem;
  elsewhere?: CompareItem;
  /** How alike the pair is (0..1), when the row pairs two claims. */
  similarity?: number;
}

export interface CompareData {
  title: string;
  /** The actors and events the compared claims are about, for the filter. */
  entities: { id: string; label: string }[];
  /** Which saved claim the view was opened for, if any. */
  focus?: string;
  rows: CompareRow[];
  relations: ClaimRelation[];
}

/** Pairs less alike than this are not put side by side. */
export const PAIR_AT = 0.25;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export function savedItem(claim: SavedClaim): CompareItem {
  return {
    ref: { kind: 'saved', id: claim.id },
    text: claim.selectors.quote.exact,
    date: (claim.page.published ?? claim.created).slice(0, 10),
    site: hostOf(claim.url),
    by: claim.page.siteName || hostOf(claim.url),
    url: claim.url,
    note: claim.note || undefined,
    entities: claim.entities,
  };
}

export function kbItem(claim: CardClaim): CompareItem {
  return {
    ref: { kind: 'kb', id: claim.id },
    text: claim.quote,
    date: claim.sourceRef.published,
    site: claim.sourceRef.outlet ?? '',
    by: claim.sourceRef.outlet ?? claim.attribution,
    source: { id: claim.source, start: claim.start, end: claim.end },
    status: claim.status,
    pack: claim.pack,
    entities: claim.about,
  };
}

/**
 * Aligns two columns: every pair scored, the most alike pairs taken first, each item in at
 * most one row; unpaired items get rows of their own. Rows in date order (a pair by its
 * earlier date, undated rows last).
 */
export function alignColumns(
  yours: readonly CompareItem[],
  elsewhere: readonly CompareItem[],
  similarity: (a: string, b: string) => number,
): CompareRow[] {
  const pairs: { i: number; j: number; s: number }[] = [];
  yours.forEach((a, i) =>
    elsewhere.forEach((b, j) => {
      const s = similarity(a.text, b.text);
      if (s >= PAIR_AT) pairs.push({ i, j, s });
    }),
  );
  pairs.sort((x, y) => y.s - x.s);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const rows: CompareRow[] = [];
  for (const { i, j, s } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    rows.push({ yours: yours[i], elsewhere: elsewhere[j], similarity: Math.round(s * 100) / 100 });
  }
  yours.forEach((a, i) => usedA.has(i) || rows.push({ yours: a }));
  elsewhere.forEach((b, j) => usedB.has(j) || rows.push({ elsewhere: b }));
  return rows.toSorted((a, b) => (rowDate(a) ?? '9999').localeCompare(rowDate(b) ?? '9999'));
}

/**
 * The rows with the one holding `focus` (the saved claim a view was opened for) first and the
 * rest in their order. Opened from one claim, the view is about that claim: in date order alone
 * it sat among a few hundred rows of the sources about the same actors (the 29th of 216 on the
 * demo page), under rows saying "None of your claims is like this one".
 */
export function focusFirst(rows: readonly CompareRow[], focus: string | undefined): CompareRow[] {
  const at = focus === undefined ? -1 : rows.findIndex((row) => row.yours?.ref?.id === focus);
  return at < 0 ? [...rows] : [rows[at]!, ...rows.slice(0, at), ...rows.slice(at + 1)];
}

/** A row's date: the earlier of its pair's (ISO, possibly partial: "2025", "2025-06"). */
export const rowDate = (row: CompareRow): string | undefined =>
  [row.yours?.date, row.elsewhere?.date]
    .filter((d): d is string => !!d)
    .toSorted()[0]
    ?.slice(0, 10);

/** The compare view's filters besides the actor or event: a site, and a range of days. */
export interface CompareFilter {
  site?: string;
  /** ISO days (YYYY-MM-DD), inclusive; empty for no bound. */
  from?: string;
  to?: string;
}

/**
 * The rows a filter keeps: either side from the site; dated within the range. A partial date
 * ("June 2025") is kept when its period overlaps the range, and undated rows only when no range
 * is set.
 */
export function filterRows(rows: readonly CompareRow[], { site, from, to }: CompareFilter): CompareRow[] {
  return rows.filter((row) => {
    if (site && row.yours?.site !== site && row.elsewhere?.site !== site) return false;
    if (!from && !to) return true;
    const date = rowDate(row);
    if (!date) return false;
    return (!from || date >= from.slice(0, date.length)) && (!to || date <= to.slice(0, date.length));
  });
}

/** The relations that touch any of the given claims. */
export function relationsFor(
  relations: readonly ClaimRelation[],
  rows: readonly CompareRow[],
): ClaimRelation[] {
  const keys = new Set(
    rows
      .flatMap((r) => [r.yours?.ref, r.elsewhere?.ref])
      .flatMap((ref) => (ref ? [`${ref.kind}:${ref.id}`] : [])),
  );
  return relations.filter(
    (r) => keys.has(`${r.from.kind}:${r.from.id}`) || keys.has(`${r.to.kind}:${r.to.id}`),
  );
}
