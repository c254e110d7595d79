/**
 * Blocks' matches as one flat list of numbers, for matching in the background (issue #19): a
 * content script sends block texts, the background answers with this.
 * Numbers cross Chromium's JSON messaging and Firefox's structured clone alike, and reading them
 * back costs the page one `JSON.parse` plus a loop, not an object graph's worth of cloning.
 *
 * Layout, per block: the number of its matches, then each match as `start, end, alias, flags`
 * followed by what the flags announce, in this order: the fallback (`end, alias`), the inner
 * matches (a count, then each match the same way), the phrase (`0, candidates…` for a cue: count,
 * then `entity, score or NaN, needs count, needs…`; `1, count, holders…` for an epithet).
 */
import type { PhraseLink } from './phrase-link';
import type { RawMatch } from './raw-match';

const BEARER = 1;
const OPEN = 2;
const FALLBACK = 4;
const INNER = 8;
const PHRASE = 16;

function writeMatch(out: number[], m: RawMatch) {
  const flags =
    (m.bearer ? BEARER : 0) |
    (m.open ? OPEN : 0) |
    (m.fallback ? FALLBACK : 0) |
    (m.inner ? INNER : 0) |
    (m.phrase ? PHRASE : 0);
  out.push(m.start, m.end, m.alias, flags);
  if (m.fallback) out.push(m.fallback.end, m.fallback.alias);
  if (m.inner) {
    out.push(m.inner.length);
    for (const inner of m.inner) writeMatch(out, inner);
  }
  if (m.phrase) writePhrase(out, m.phrase);
}

function writePhrase(out: number[], phrase: PhraseLink) {
  if (phrase.via === 'epithet') {
    out.push(1, phrase.holders.length, ...phrase.holders);
    return;
  }
  out.push(0, phrase.candidates.length);
  for (const c of phrase.candidates) out.push(c.entity, c.score ?? NaN, c.needs.length, ...c.needs);
}

/** Every block's matches, in block order, as one list of numbers. */
export function encodeBlockMatches(blocks: readonly (readonly RawMatch[])[]): number[] {
  const out: number[] = [];
  for (const matches of blocks) {
    out.push(matches.length);
    for (const m of matches) writeMatch(out, m);
  }
  return out;
}

/** Reads the list back; `null` stands for NaN, which JSON (Chromium's messaging) turns into null. */
class Reader {
  at = 0;
  constructor(private readonly data: readonly (number | null)[]) {}
  next(): number {
    if (this.at >= this.data.length) throw new Error('Truncated block matches');
    const value = this.data[this.at++];
    return typeof value === 'number' ? value : NaN;
  }
  list(): number[] {
    const n = this.next();
    const values: number[] = [];
    for (let i = 0; i < n; i++) values.push(this.next());
    return values;
  }
}

function readMatch(r: Reader): RawMatch {
  const start = r.next();
  const end = r.next();
  const alias = r.next();
  const flags = r.next();
  const m: RawMatch = { start, end, alias };
  if (flags & FALLBACK) m.fallback = { end: r.next(), alias: r.next() };
  if (flags & INNER) {
    const n = r.next();
    m.inner = [];
    for (let i = 0; i < n; i++) m.inner.push(readMatch(r));
  }
  if (flags & PHRASE) m.phrase = readPhrase(r);
  if (flags & BEARER) m.bearer = true;
  if (flags & OPEN) m.open = true;
  return m;
}

function readPhrase(r: Reader): PhraseLink {
  if (r.next() === 1) return { via: 'epithet', holders: r.list() };
  const n = r.next();
  const candidates: { entity: number; needs: number[]; score?: number }[] = [];
  for (let i = 0; i < n; i++) {
    const entity = r.next();
    const score = r.next();
    const needs = r.list();
    candidates.push(Number.isNaN(score) ? { entity, needs } : { entity, needs, score });
  }
  return { via: 'cue', candidates };
}

/** The matches of `count` blocks from `encodeBlockMatches`' list; throws if it does not hold them. */
export function decodeBlockMatches(data: readonly (number | null)[], count: number): RawMatch[][] {
  const r = new Reader(data);
  const blocks: RawMatch[][] = [];
  for (let b = 0; b < count; b++) {
    const n = r.next();
    const matches: RawMatch[] = [];
    for (let i = 0; i < n; i++) matches.push(readMatch(r));
    blocks.push(matches);
  }
  if (r.at !== data.length) throw new Error('Block matches longer than their blocks');
  return blocks;
}
