/**
 * A happening named by a gerund, its object and a "for" phrase after a preposition ("by
 * nominating Mr Trump for the Nobel Peace Prize", "after putting Trump's name forward for the 2026
 * prize"), as blind labellers mark it: from the verb to the end of the "for" phrase. A verb of a
 * clause ("Pakistan nominated Trump for the prize") names no event: the corpus guide's rulings of
 * 6 December read events as noun phrases, and a gerund after a preposition is one. The object's
 * names are the event's participants; the words of the "for" phrase must be words of some event's
 * own names (the scorer checks they are this one's). Read only where a verb of `verbHeads`
 * (lib/kb/happenings.ts) was found.
 */
import { verbHeads } from '../kb/happenings';
import { isCue, YEAR, type Phrase } from './event-phrase';
import {
  spacesBack,
  spacesForward,
  wordEndAfter,
  wordStartBefore,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import type { Holder } from './epithets';
import { roleHolders } from './event-role-holders';
import { DETERMINERS } from './phrase-words';
import { wordSet } from './word-list';

export const VERB_HEADS: ReadonlySet<string> = new Set(Object.values(verbHeads).flat());

/** Words of an object that name no one ("the US president", "Mr Trump's name", "him"). */
const OBJECT_WORDS = /^(?:him|her|them|mr|mrs|ms|dr|name|man|leader|president|american|us|u\.s\.)$/;
/** Words after the phrase that make the act a repeat of an earlier one. */
const REPEATED = /^,?\s+(?:all over again|again|once again|once more|anew)\b/i;
/** Prepositions a gerund follows as a noun ("by nominating …", "after putting … forward"). */
const GERUND_AFTER = wordSet(`by for after before of on over about from without in against since through`);
/** The word before `at`, over an adverb ("by formally nominating"). */
function wordBefore(s: string, lower: string, at: number): string {
  let end = spacesBack(s, at);
  let word = lower.slice(wordStartBefore(s, end), end);
  if (word.endsWith('ly')) {
    end = spacesBack(s, end - word.length);
    word = lower.slice(wordStartBefore(s, end), end);
  }
  return word;
}

/** How many words the object and the "for" phrase may each run to. */
const REACH = 7;

/**
 * Reads the verb's object and "for" phrase into `phrase` (whose start and end are the verb's):
 * false when the verb is not followed by both, or "putting" not by "forward".
 */
export function readVerb(index: PhraseIndex, phrase: Phrase, holders: readonly Holder[][]): boolean {
  const { text } = index;
  const s = text.text;
  const lower = text.lower;
  const verb = lower.slice(phrase.start, phrase.end);
  // A preposition before the gerund also rules out an intention ("would recommend Trump") and
  // the act recalled ("had recommended him"): neither is a noun phrase.
  if (!verb.endsWith('ing') || !GERUND_AFTER.has(wordBefore(s, lower, phrase.start))) return false;
  let q = phrase.end;
  const object: Item[] = [];
  let words = 0;
  let forward = false;
  let joined = false;
  for (let n = 0; n < REACH; n++) {
    const from = spacesForward(s, q);
    if (from === q && s[q] !== "'" && s[q] !== '’') return false;
    const item = index.at(from);
    if (item) {
      if (item.kind === 'head' || item.kind === 'event' || item.kind === 'bearer') return false;
      // "the US president": the office's holders (its state qualifies it), not the state.
      if (item.kind === 'title') {
        const held = roleHolders(index, item, holders);
        if (held) phrase.roles.push(held);
        else if (isCue(index.ending(spacesBack(s, item.start)))) return false;
      } else if (isCue(item) && index.at(spacesForward(s, item.end))?.kind !== 'title') object.push(item);
      words++;
      q = /^['’]s/.test(s.slice(item.end, item.end + 2)) ? item.end + 2 : item.end;
      continue;
    }
    const wordEnd = wordEndAfter(s, from);
    if (wordEnd === from) return false;
    const word = lower.slice(from, wordEnd);
    q = s[wordEnd] === '.' && /^(?:mr|mrs|ms|dr)$/.test(word) ? wordEnd + 1 : wordEnd;
    if (word === 'for') {
      joined = true;
      break;
    }
    // "put Trump forward": "forward" after the object ("put forward Trump's name" is left
    // unmarked by the blind labels as often as not).
    if (word === 'forward' && words > 0) {
      forward = true;
      continue;
    }
    if (!DETERMINERS.has(word) && !OBJECT_WORDS.test(word)) return false;
    // "nominated a man for a peace prize": someone, not the one the event names.
    if (words === 0 && (word === 'a' || word === 'an')) return false;
    words++;
  }
  if (words === 0 || !joined) return false;
  if ((verb === 'putting') !== forward) return false;
  // The "for" phrase: determiners, a prize's year (no date of the event), words of event names.
  let end = -1;
  for (let n = 0; n < REACH; n++) {
    const from = spacesForward(s, q);
    if (from === q) break;
    const wordEnd = wordEndAfter(s, from);
    if (wordEnd === from) break;
    const word = lower.slice(from, wordEnd);
    if (DETERMINERS.has(word) || YEAR.test(word)) {
      q = wordEnd;
      continue;
    }
    if (!index.eventWords.has(word)) break;
    phrase.modifiers.push(word);
    q = end = wordEnd;
  }
  if (end < 0) return false;
  // "nominated Trump for the Nobel again": a repeat, a later happening than the one the KB dates.
  if (REPEATED.test(s.slice(end, end + 24))) return false;
  phrase.items.push(...object);
  phrase.end = phrase.tailEnd = end;
  return true;
}
