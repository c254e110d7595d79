/**
 * Scanning a whole document at once, for tools outside the browser (the `npm run scan` CLI, the
 * precision/recall tests) that parse saved HTML: the same block reading, matching, recognisers
 * and context rules as the content script, without slicing or highlights.
 */
import { PageContext } from '../match/context';
import { entitiesOf, type CompiledDictionary } from '../match/dictionary';
import type { MatchEntity } from '../match/from-kb';
import { matchText } from '../match/match-text';
import type { RawMatch } from '../match/matcher';
import { createRecogniser } from '../match/phrases';
import { readBlocks } from './blocks';
import { createClassifier, styleAttributeDisplay } from './classify';

export interface StaticMention {
  /** Offsets into the document's visible text (blocks joined by blank lines). */
  start: number;
  end: number;
  text: string;
  entity: MatchEntity;
  /** For a mention inside another ("US" in "US President Donald Trump"): that one's index in the list. */
  parent?: number;
  /** How it was found: `alias`, `cue` (an event in other words) or `epithet` (a role phrase). */
  via: 'alias' | 'cue' | 'epithet';
}

export interface StaticScan {
  /** The visible text: every block's text, separated by "\n\n". */
  text: string;
  /** In document order; a mention's inner mentions follow it. */
  mentions: StaticMention[];
}

export const BLOCK_SEPARATOR = '\n\n';

const shift = (m: RawMatch, offset: number): RawMatch => ({
  ...m,
  start: m.start + offset,
  end: m.end + offset,
  fallback: m.fallback && { end: m.fallback.end + offset, alias: m.fallback.alias },
  inner: m.inner?.map((inner) => shift(inner, offset)),
});

/** Finds every linked mention in `root` (a document, or any node of one). */
export function scanStatic(
  root: Node,
  dict: CompiledDictionary,
  entities: readonly MatchEntity[],
): StaticScan {
  const context = new PageContext(
    dict,
    entities.map((e) => e.support),
  );
  const recogniser = createRecogniser(dict, entities);
  const found: RawMatch[] = [];
  const texts: string[] = [];
  let offset = 0;
  // Saved HTML has no layout: an inline element is a block when its style attribute says so.
  for (const block of readBlocks(
    root,
    createClassifier(() => false, styleAttributeDisplay),
  )) {
    for (const m of matchText(dict, block.text, recogniser)) {
      countMatch(context, m);
      found.push(shift(m, offset));
    }
    texts.push(block.text);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  const text = texts.join(BLOCK_SEPARATOR);
  return { text, mentions: decideAll(dict, context, found, text, entities) };
}

/** Finds every linked mention in plain text. */
export function scanPlainText(
  text: string,
  dict: CompiledDictionary,
  entities: readonly MatchEntity[],
): StaticScan {
  const context = new PageContext(
    dict,
    entities.map((e) => e.support),
  );
  const found = matchText(dict, text, createRecogniser(dict, entities));
  for (const m of found) countMatch(context, m);
  return { text, mentions: decideAll(dict, context, found, text, entities) };
}

/** Counts a match's confirmation (its own if it links by itself, else its fallback's) and its inner ones'. */
function countMatch(context: PageContext, m: RawMatch) {
  if (context.count(m, 1) === undefined && m.fallback) context.count(m.fallback.alias, 1);
  for (const inner of m.inner ?? []) countMatch(context, inner);
}

/** Context is page-wide: decide only after every match on the page has been counted. */
function decideAll(
  dict: CompiledDictionary,
  context: PageContext,
  found: readonly RawMatch[],
  text: string,
  entities: readonly MatchEntity[],
): StaticMention[] {
  const out: StaticMention[] = [];
  // Where the last full name of each entity was.
  const lastFull = new Map<number, number>();
  /**
   * Whose full name comes nearest before a bare surname: a KB person's, or none. Another bearer
   * of the surname ("Melania Trump") is not looked for: the matcher already leaves a bare surname
   * after one in the same block unlinked, and beyond its block the page's own person is meant.
   */
  const nearest = (m: RawMatch): number | 'none' | undefined => {
    if (!m.open) return undefined;
    let entity = -1;
    let at = -1;
    for (const e of entitiesOf(dict, m.alias)) {
      const seen = lastFull.get(e) ?? -1;
      if (seen > at) [entity, at] = [e, seen];
    }
    return entity >= 0 ? entity : 'none';
  };
  // Where each entity was last linked, for role phrases ("the premier" after Shehbaz Sharif).
  const lastSeen = new Map<number, number>();
  const latestHolder = (m: RawMatch): number | undefined => {
    if (m.phrase?.via !== 'epithet') return undefined;
    let best: number | undefined;
    for (const e of m.phrase.holders)
      if (lastSeen.has(e) && (best === undefined || lastSeen.get(e)! > lastSeen.get(best)!)) best = e;
    return best;
  };
  const visit = (match: RawMatch, parent: number | undefined, parentEntity: number) => {
    let m = match;
    if (!m.bearer && context.fullNameOf(m.alias) >= 0) lastFull.set(context.fullNameOf(m.alias), m.start);
    let entity = context.decideMatch(m, { nearestName: nearest(m), holder: latestHolder(m) });
    if (entity < 0 && m.fallback) {
      m = { start: m.start, end: m.fallback.end, alias: m.fallback.alias };
      entity = context.decide(m.alias);
    }
    if (entity < 0 && !m.bearer && parentEntity >= 0 && entities[parentEntity]!.kind === 'event')
      entity = context.vouched(m.alias, parentEntity);
    // An inner name of the entity that holds it (a surname inside an epithet's span) adds nothing.
    const shown = entity >= 0 && entity !== parentEntity;
    if (entity >= 0) lastSeen.set(entity, m.start);
    const index = out.length;
    if (shown)
      out.push({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        entity: entities[entity]!,
        via: m.phrase?.via ?? 'alias',
        ...(parent !== undefined ? { parent } : {}),
      });
    for (const inner of match.inner ?? [])
      visit(inner, shown ? index : parent, shown ? entity : parentEntity);
  };
  for (const match of found) visit(match, undefined, -1);
  return out;
}
