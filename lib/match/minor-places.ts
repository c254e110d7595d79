/**
 * Places the knowledge base does not name but news about its events does: the sites, rooms and
 * towns where a happening took place ("US strikes on Fordow, Natanz and Isfahan", "the lunch in
 * the Cabinet Room", "clashes in Muridke"). Without them such a word reads as a stranger's name
 * and rules the phrase out. Each is read only inside an event's phrase, as evidence for an event
 * that took place in the KB place or state it lies in (and neutral for one that merely involves
 * that state: Indian missiles also hit Muridke), never as a mention of its own (the KB has no entity for it, and the
 * blind labels mark none). Geography, not facts about any one event: a new event placed in Iran
 * gains Fordow as evidence without a line here.
 */
import type { MatchEntity } from './from-kb';
import type { NormalizedText } from './normalize';
import type { Item } from './phrase-index';
import { MINOR_PLACES } from './place-data';

const names = Object.keys(MINOR_PLACES);
const cache = new WeakMap<readonly MatchEntity[], Map<string, number>>();

function ownersOf(entities: readonly MatchEntity[]): Map<string, number> {
  let owners = cache.get(entities);
  if (!owners) {
    owners = new Map();
    const indexOf = new Map(entities.map((e, i) => [e.id, i]));
    for (const name of names) {
      const i = indexOf.get(MINOR_PLACES[name]!);
      if (i !== undefined) owners.set(name, i);
    }
    cache.set(entities, owners);
  }
  return owners;
}

/**
 * The minor place written at `at`, as a name item for the KB entity it lies in (`site` set), or
 * undefined. Called only where a phrase reader meets a word it does not know.
 */
export function minorPlaceAt(
  text: NormalizedText,
  entities: readonly MatchEntity[],
  at: number,
): Item | undefined {
  const s = text.text;
  const first = s.charCodeAt(at);
  for (const [name, entity] of ownersOf(entities)) {
    if (name.charCodeAt(0) !== first || !s.startsWith(name, at)) continue;
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(s[end] ?? '')) continue;
    return { start: at, end, kind: 'name', entity, cue: -1, kinds: [], site: true };
  }
  return undefined;
}

/** The minor place that ends at `end` (for the reader that walks leftwards), or undefined. */
export function minorPlaceEnding(
  text: NormalizedText,
  entities: readonly MatchEntity[],
  end: number,
): Item | undefined {
  for (const name of ownersOf(entities).keys()) {
    const at = end - name.length;
    if (at < 0 || !text.text.startsWith(name, at) || /[\p{L}\p{N}]/u.test(text.text[at - 1] ?? '')) continue;
    return minorPlaceAt(text, entities, at);
  }
  return undefined;
}

/**
 * "the capital" at `from`–`end`, after "the": the capital of whichever state a happening took
 * place in, an item with no entity of its own (event-score.ts reads it by the event's place).
 */
export function theCapitalAt(lower: string, from: number, end: number): Item | undefined {
  if (lower.slice(from, end) !== 'capital' || !lower.startsWith('the ', from - 4)) return undefined;
  return { start: from, end, kind: 'name', entity: -1, cue: -1, kinds: [], site: true, capital: true };
}
