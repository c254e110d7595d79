/**
 * Knowledge-base names that are also English words, inside the idioms those words make: "a trump
 * card", "the gulf between them", "bridging the gulf", "a Thanksgiving turkey". In lower case the
 * name's own case rule keeps them unlinked; in a Title Case headline ("A Trump Card Wasted", "The
 * Gulf Between Us", "How to Brine a Thanksgiving Turkey") every word is capitalised, so only the
 * idiom's other word tells the common noun from the name. The idioms are English, not a page's:
 * each entry is the name's word and its partner, joined by "_", in the order they are written.
 */
import type { NormalizedText } from './normalize';
import { wordSet } from './word-list';
import { isWordCode } from './words';

const IDIOMS = wordSet(`
  trump_card trump_cards gulf_between bridging_gulf bridge_gulf bridged_gulf widening_gulf
  thanksgiving_turkey christmas_turkey roast_turkey cold_turkey wild_turkey turkey_dinner
  turkey_sandwich turkey_trot
`);

/** The word just after `end` or before `start`, joined by spaces only, in lower case, or ''. */
function wordBeside(text: NormalizedText, at: number, step: 1 | -1): string {
  const s = text.text;
  let k = at;
  const inside = step === 1 ? (i: number) => i < s.length : (i: number) => i > 0;
  const code = (i: number) => s.charCodeAt(step === 1 ? i : i - 1);
  while (inside(k) && code(k) === 0x20) k += step;
  const edge = k;
  while (inside(k) && isWordCode(code(k))) k += step;
  return step === 1 ? text.lower.slice(edge, k) : text.lower.slice(k, edge);
}

/** Whether the match at `start`–`end` is the common noun of an idiom, not the name. */
export function inIdiom(text: NormalizedText, start: number, end: number): boolean {
  const written = text.lower.slice(start, end).split(' ');
  const name = written.at(-1)!;
  if (IDIOMS.has(`${name}_${wordBeside(text, end, 1)}`)) return true;
  // "Bridging the Gulf": the article may be the match's own ("the Gulf") or the word before it.
  let before = wordBeside(text, start, -1);
  if (before === 'the' && written.length === 1) {
    let k = start;
    while (k > 0 && text.text.charCodeAt(k - 1) === 0x20) k--;
    before = wordBeside(text, k - 3, -1);
  }
  return IDIOMS.has(`${before}_${name}`);
}
