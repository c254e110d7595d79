/**
 * What right before a knowledge-base name makes it a person's given name, where the run rule
 * (namesake.ts) cannot tell because every word around is capitalised: an occupation noun, as in
 * "BANK ECONOMIST ISRAEL ZAMIR-COHEN" or "UFC fighter Israel Adesanya". A state or a place does
 * not take one; a person does, and the capitalised word after the name is their surname. So does
 * "my name is" before it.
 */
import { FLAG_PERSON } from './dictionary';
import type { NormalizedText } from './normalize';
import { wordSet } from './word-list';
import { isWordCode } from './words';

/** Occupations written right before a person's name. General English, not facts about anyone. */
const OCCUPATIONS = wordSet(`
  economist economists analyst strategist trader investor banker fighter boxer wrestler champion
  striker batsman batter bowler midfielder goalkeeper sprinter golfer player singer rapper actor
  actress model designer author writer novelist poet chef presenter columnist
`);

/**
 * People who are given a name by "called" or "named": "two boys called Sharif", "a friend named
 * Israel", "one called Shehbaz". Only a person is called so; a state or a leader already has its name.
 */
const NAME_BEARERS = wordSet(`
  boy boys girl girls son sons daughter daughters baby babies child children kid kids twins newborn
  newborns friend friends someone somebody one man woman person brother sister cousin nephew niece
`);
/** "<bearer> called ", "<bearer> named ". */
const NAMED_BEFORE = /(\p{L}+) +(?:called|named) +$/u;

/** Whether the name at `start` is given to someone by "called" or "named" (`NAME_BEARERS`). */
function givenByNaming(text: NormalizedText, start: number): boolean {
  const bearer = NAMED_BEFORE.exec(text.text.slice(Math.max(0, start - 40), start))?.[1];
  return bearer !== undefined && NAME_BEARERS.has(bearer.toLowerCase());
}

/** Whether the name at `start`–`end` is a person's given name by the occupation or naming before it. */
export function leadMakesGivenName(text: NormalizedText, start: number, end: number, flags: number): boolean {
  if (givenByNaming(text, start)) return true;
  if (flags & FLAG_PERSON) return false;
  const s = text.text;
  // "My name is Israel": a reader introducing themself.
  if (/name is $/i.test(s.slice(Math.max(0, start - 8), start))) return true;
  // A surname after it, capitalised: "Israel Zamir-Cohen", not "economist Israel said".
  if (!/^ \p{Lu}/u.test(s.slice(end, end + 2))) return false;
  let wordEnd = start;
  if (s.charCodeAt(wordEnd - 1) !== 0x20) return false;
  wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isWordCode(s.charCodeAt(wordStart - 1))) wordStart--;
  return OCCUPATIONS.has(text.lower.slice(wordStart, wordEnd));
}
