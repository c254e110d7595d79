/**
 * A relative clause after an event's phrase ("the ceasefire that took effect in Gaza", "the
 * strikes which Washington launched on Iran", "the journalists who toured Israel"): the names in
 * it, read as a second prepositional phrase is (event-phrase-right.ts), belong to the mention
 * only if they fit the event, and a year in it dates the event. Read only where a head noun's
 * phrase ends right before "that", "which", "who" or "where", or before a name and a verb in the
 * past tense ("the truce Trump announced between Israel and Iran").
 */
import { isCue, spanOf, YEAR, type Phrase } from './event-phrase';
import { BROKER_VERBS } from './phrase-words';
import { minorPlaceAt } from './minor-places';
import type { NormalizedText } from './normalize';
import { isUpperAt, spacesForward, wordEndAfter, type Item, type PhraseIndex } from './phrase-index';

const RELATIVE = /^\s+(?:that|which|who|where)\s+/i;
/**
 * A verb in the past tense: regular ("announced", "brokered", "hosted") or one of the irregular
 * verbs news uses of happenings ("the truce Trump struck", "the talks Oman held").
 */
const PAST =
  '(?:\\p{Ll}{2,}ed|began|made|gave|held|took|struck|led|sent|won|set|put|brought|fought|oversaw|drew|laid|sought|spoke|ran|met)\\b';
const PAST_VERB = new RegExp(`^\\s+${PAST}`, 'u');
const RELATIVE_AFTER = /^ (?:that|which|who|where) /;
const REDUCED_AFTER = new RegExp(`^ (?:\\p{Lu}[\\p{L}.'’-]* ){1,3}${PAST}`, 'u');

/**
 * The cheap test before a phrase is read: a relative clause may follow the head noun at `end`,
 * with "that" or without it (one to three capitalised words and a past tense: "the truce Trump
 * announced").
 */
export function clauseMayFollow(text: NormalizedText, end: number): boolean {
  return (
    RELATIVE_AFTER.test(text.lower.slice(end, end + 8)) || REDUCED_AFTER.test(text.text.slice(end, end + 48))
  );
}

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
  if (readLasting(index, phrase)) return;
  const { text } = index;
  const s = text.text;
  const reduced = reducedClauseAt(index, phrase.end);
  const opener = reduced ? undefined : RELATIVE.exec(s.slice(phrase.end, phrase.end + 9));
  if (!reduced && (!opener || THAT_TIME.test(s.slice(phrase.end, phrase.end + 20)))) return;
  // "told the gathering that Pakistan had …": "that" opens what was said, not a relative clause.
  if (SAID_TO.test(s.slice(Math.max(0, phrase.start - 24), phrase.start))) return;
  let q = phrase.end + (opener ? opener[0].length : 0);
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
        // "the truce that Trump brokered": who brokered it (event-phrase.ts `brokers`).
        const verbAt = spacesForward(s, item.end);
        const verbEnd = wordEndAfter(s, verbAt);
        if (item.entity >= 0 && BROKER_VERBS.has(text.lower.slice(verbAt, verbEnd))) {
          phrase.brokers.push(item.entity);
          end = q = verbEnd;
          continue;
        }
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

/**
 * A relative clause without "that" after a noun: a name and a verb in the past tense ("the truce
 * Trump announced between Israel and Iran", "the talks Oman hosted"). A name after a verb is its
 * object instead ("strike Iran", "call Trump"), so without the past tense after it the head is read
 * as a verb (events.ts).
 */
export function reducedClauseAt(index: PhraseIndex, end: number): boolean {
  const s = index.text.text;
  const from = spacesForward(s, end);
  if (from === end) return false;
  const name = index.at(from);
  return (
    name !== undefined &&
    isCue(name) &&
    name.kind === 'name' &&
    PAST_VERB.test(s.slice(name.end, name.end + 14))
  );
}

/** "that lasted", "which would last": a clause giving how long a happening went on. */
const LASTED =
  /^ (?:that|which) (?:lasted|would last|went on for) (?:just |only |barely |some )?(?=[a-z0-9]+ (?:days?|weeks?|months?)\b)/;

/**
 * "a war that lasted twelve days", "a war that would last 12 days": the span the clause gives is
 * read as "twelve-day" before the head would be, and the clause belongs to the mention.
 */
function readLasting(index: PhraseIndex, phrase: Phrase): boolean {
  const lower = index.text.lower;
  const lasted = LASTED.exec(lower.slice(phrase.end, phrase.end + 48));
  if (!lasted) return false;
  // The count and unit end at the "of"-less span: read them as "four days of" would be.
  const from = phrase.end + lasted[0].length;
  const unitEnd = wordEndAfter(
    index.text.text,
    spacesForward(index.text.text, wordEndAfter(index.text.text, from)),
  );
  const span = spanOf(index.text.text, lower.slice(0, unitEnd) + ' ', unitEnd + 1);
  if (!span) return false;
  phrase.modifiers.push(span.modifier);
  phrase.end = phrase.tailEnd = unitEnd;
  return true;
}
