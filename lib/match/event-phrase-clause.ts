/**
 * A relative clause after an event's phrase ("the ceasefire that took effect in Gaza", "the
 * strikes which Washington launched on Iran", "the journalists who toured Israel"): the names in
 * it, read as a second prepositional phrase is (event-phrase-right.ts), belong to the mention
 * only if they fit the event, and a year in it dates the event. Read only where a head noun's
 * phrase ends right before "that", "which", "who" or "where".
 */
import { isCue, YEAR, type Phrase } from './event-phrase';
import { minorPlaceAt } from './minor-places';
import { isUpperAt, spacesForward, wordEndAfter, type Item, type PhraseIndex } from './phrase-index';

const RELATIVE = /^\s+(?:that|which|who|where)\s+/i;
/** "the call that evening": "that" as a determiner of a time, not a clause. */
const THAT_TIME =
  /^\s+that\s+(?:morning|afternoon|evening|night|day|week|weekend|month|year|time|summer|spring|autumn|winter)\b/i;
/** A verb of telling right before the phrase ("told the summit"). */
const SAID_TO = /\b(?:told|tell|tells|telling|assured|informed|warned|reminded|briefed)\s+(?:the\s+)?$/i;
/** Punctuation that ends a clause (a full stop inside "U.S." is part of the name, read first). */
const CLAUSE_END = /[,.;:!?\n()"“”—–]/;
/** How many words of a clause are read: past that, the sentence has moved on. */
const CLAUSE_WORDS = 10;

/**
 * Adds the names of a relative clause after the phrase to its tail, with the tail's end at the
 * last of them, when the phrase has no second prepositional phrase of its own.
 */
export function readClause(index: PhraseIndex, phrase: Phrase): void {
  if (phrase.tail.length > 0) return;
  const { text } = index;
  const s = text.text;
  const opener = RELATIVE.exec(s.slice(phrase.end, phrase.end + 9));
  if (!opener || THAT_TIME.test(s.slice(phrase.end, phrase.end + 20))) return;
  // "told the gathering that Pakistan had …": "that" opens what was said, not a relative clause.
  if (SAID_TO.test(s.slice(Math.max(0, phrase.start - 24), phrase.start))) return;
  let q = phrase.end + opener[0].length;
  const found: Item[] = [];
  const years: number[] = [];
  let end = -1;
  for (let n = 0; n < CLAUSE_WORDS; n++) {
    const from = spacesForward(s, q);
    if (from >= s.length) break;
    const item = index.at(from);
    if (item) {
      // Another happening or a stranger's name: the clause is about something else from here.
      if (item.kind === 'head' || item.kind === 'event' || item.kind === 'bearer') break;
      // "… that began on June 13 and the U.S. strikes on Fordow": a name before a head noun is
      // the agent of the next happening, which the clause does not reach into.
      if (isCue(item) && index.at(spacesForward(s, item.end))?.kind === 'head') break;
      if (isCue(item)) {
        found.push(item);
        end = item.end;
      }
      q = text.lower.startsWith("'s", item.end) ? item.end + 2 : item.end;
      continue;
    }
    if (CLAUSE_END.test(s[from]!)) break;
    const site = isUpperAt(text, from) ? minorPlaceAt(text, index.entities, from) : undefined;
    if (site) {
      found.push(site);
      q = end = site.end;
      continue;
    }
    const wordEnd = wordEndAfter(s, from);
    if (wordEnd === from) break;
    if (YEAR.test(s.slice(from, wordEnd))) years.push(Number(s.slice(from, wordEnd)));
    q = wordEnd;
  }
  phrase.years.push(...years);
  if (found.length === 0) return;
  phrase.tail.push(...found);
  phrase.tailEnd = end;
}
