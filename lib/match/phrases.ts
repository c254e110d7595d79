/**
 * Runs the recognisers over one block's matches: events named in other words (events.ts) and
 * role phrases (epithets.ts). What they find becomes a mention of its own, with the names inside
 * it as inner mentions, so "US attacks on Iran" is an event holding "US" and "Iran".
 */
import { FLAG_HEAD, FLAG_TITLE, entityCount, firstEntity, type CompiledDictionary } from './dictionary';
import { recogniseEpithets, type Holder } from './epithets';
import { recogniseEvent } from './events';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './matcher';
import type { NormalizedText } from './normalize';
import { buildIndex } from './phrase-index';
import { roleKeys } from './phrase-link';
import { happeningKinds } from '../kb/happenings';

export interface Recogniser {
  dict: CompiledDictionary;
  entities: readonly MatchEntity[];
  /** For each kind of happening, the events that are of that kind. */
  eventsByKind: number[][];
  /** For each office, its KB holders. */
  holders: Holder[][];
  /** Whether any organisation has sittings that are events (see `MatchEntity.sessions`). */
  hasSessions: boolean;
}

/** "on the sidelines of", "during", "at", "attended": words that make an assembly's name its sitting. */
const SITTING_BEFORE =
  /(?:sidelines of|during|at|attend(?:ed|ing|s)?|address(?:ed|ing|es)?|speech to|session of)\s+(?:the\s+)?$/i;

/** An organisation named as one of its sittings ("on the sidelines of the UN General Assembly"): that event. */
function sittingOf(recogniser: Recogniser, text: NormalizedText, m: RawMatch): RawMatch | undefined {
  if (m.alias < 0 || entityCount(recogniser.dict, m.alias) !== 1) return undefined;
  const sessions = recogniser.entities[firstEntity(recogniser.dict, m.alias)]!.sessions;
  if (!sessions || !SITTING_BEFORE.test(text.text.slice(Math.max(0, m.start - 40), m.start)))
    return undefined;
  return {
    start: m.start,
    end: m.end,
    alias: -1,
    phrase: { via: 'cue', candidates: sessions.map((entity) => ({ entity, needs: [] })) },
  };
}

export function createRecogniser(dict: CompiledDictionary, entities: readonly MatchEntity[]): Recogniser {
  const eventsByKind: number[][] = happeningKinds.map(() => []);
  const holders: Holder[][] = roleKeys.map(() => []);
  entities.forEach((entity, index) => {
    for (const kind of entity.cue?.happenings ?? []) eventsByKind[kind]?.push(index);
    for (const role of entity.roles ?? []) holders[role.key]?.push({ entity: index, state: role.state });
  });
  return { dict, entities, eventsByKind, holders, hasSessions: entities.some((e) => e.sessions) };
}

/**
 * The block's top-level mentions with recognised phrases added: `matches` and `cues` as
 * `findMatches` returns them, in the same (normalised) offsets.
 */
export function recognisePhrases(
  recogniser: Recogniser,
  text: NormalizedText,
  matches: RawMatch[],
  cues: readonly RawMatch[],
): RawMatch[] {
  const { dict, entities } = recogniser;
  if (recogniser.hasSessions) matches = matches.map((m) => sittingOf(recogniser, text, m) ?? m);
  const heads = cues.filter((c) => dict.aliasFlags[c.alias]! & FLAG_HEAD);
  const titles = cues.filter((c) => dict.aliasFlags[c.alias]! & FLAG_TITLE);
  if (heads.length === 0 && titles.length === 0) return matches;
  const index = buildIndex(text, dict, entities, matches, cues);
  const phrases: RawMatch[] = [];
  for (const item of index.items) {
    if (item.kind !== 'head') continue;
    if (phrases.length > 0 && item.start < phrases[phrases.length - 1]!.end) continue;
    const events = [...new Set(item.kinds.flatMap((k) => recogniser.eventsByKind[k] ?? []))];
    const found = events.length > 0 ? recogniseEvent(index, item, events, recogniser.holders) : undefined;
    if (found && (phrases.length === 0 || found.start >= phrases[phrases.length - 1]!.end))
      phrases.push(found);
  }
  const titleItems = index.items.filter((i) => i.kind === 'title');
  // Role phrases may sit inside an event's phrase ("the call between the secretary of state and
  // the prime minister"): they are mentions of their own, nested in it.
  const epithets =
    titleItems.length > 0
      ? recogniseEpithets(index, titleItems, recogniser.holders).filter(
          (e) =>
            !phrases.some((p) => p.start < e.end && e.start < p.end && (e.start < p.start || e.end > p.end)),
        )
      : [];
  if (phrases.length === 0 && epithets.length === 0) return matches;
  const withEpithets = epithets.length > 0 ? nest(matches, epithets) : matches;
  return phrases.length > 0 ? nest(withEpithets, phrases) : withEpithets;
}

/** Puts each match that lies inside a phrase into that phrase, and the phrases among the matches. */
function nest(matches: RawMatch[], phrases: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  const sorted = phrases.toSorted((a, b) => a.start - b.start);
  let p = 0;
  for (let i = 0; i < matches.length;) {
    const m = matches[i]!;
    const phrase = sorted[p];
    if (phrase && phrase.start <= m.start) {
      const inner: RawMatch[] = [];
      while (i < matches.length && matches[i]!.end <= phrase.end) {
        if (matches[i]!.start < phrase.start) break;
        inner.push(matches[i]!);
        i++;
      }
      if (inner.length > 0) phrase.inner = inner;
      out.push(phrase);
      p++;
      continue;
    }
    out.push(m);
    i++;
  }
  while (p < sorted.length) out.push(sorted[p++]!);
  return out;
}
