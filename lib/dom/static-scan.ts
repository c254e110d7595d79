/**
 * Scanning a whole document at once, for tools outside the browser (the `npm run scan` CLI, the
 * precision/recall test) that parse saved HTML: the same block reading, matching and context
 * rules as the content script, without slicing or highlights.
 */
import { PageContext } from '../match/context';
import type { CompiledDictionary } from '../match/dictionary';
import type { MatchEntity } from '../match/from-kb';
import { matchText } from '../match/match-text';
import type { RawMatch } from '../match/matcher';
import { readBlocks } from './blocks';
import { createClassifier } from './classify';

export interface StaticMention {
  /** Offsets into the document's visible text (blocks joined by blank lines). */
  start: number;
  end: number;
  text: string;
  entity: MatchEntity;
}

export interface StaticScan {
  /** The visible text: every block's text, separated by "\n\n". */
  text: string;
  mentions: StaticMention[];
}

export const BLOCK_SEPARATOR = '\n\n';

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
  const found: RawMatch[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const block of readBlocks(
    root,
    createClassifier(() => false),
  )) {
    for (const m of matchText(dict, block.text)) {
      countMatch(context, m);
      found.push({
        start: offset + m.start,
        end: offset + m.end,
        alias: m.alias,
        fallback: m.fallback && { end: offset + m.fallback.end, alias: m.fallback.alias },
      });
    }
    texts.push(block.text);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  const text = texts.join(BLOCK_SEPARATOR);
  return { text, mentions: decideAll(context, found, text, entities) };
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
  const found = matchText(dict, text);
  for (const m of found) countMatch(context, m);
  return { text, mentions: decideAll(context, found, text, entities) };
}

/** Counts a match's confirmation: its own if it links by itself, else its fallback's. */
function countMatch(context: PageContext, m: RawMatch) {
  if (context.count(m.alias, 1) === undefined && m.fallback) context.count(m.fallback.alias, 1);
}

/** Context is page-wide: decide only after every match on the page has been counted. */
function decideAll(
  context: PageContext,
  found: readonly RawMatch[],
  text: string,
  entities: readonly MatchEntity[],
): StaticMention[] {
  return found.flatMap((match) => {
    let m = match;
    let entity = context.decide(m.alias);
    if (entity < 0 && m.fallback) {
      m = { start: m.start, end: m.fallback.end, alias: m.fallback.alias };
      entity = context.decide(m.alias);
    }
    return entity < 0
      ? []
      : [{ start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: entities[entity]! }];
  });
}
