/**
 * "between the two countries", "between the nuclear-armed neighbours", "between both leaders":
 * the kind of pair a phrase names, read word by word with Sets. Sets, not one alternation regexp
 * with a group per kind: V8 compiled that to ~23 KB of machine code (issue #19);
 * test/unit/match/durations.test.ts checks this against the pattern it replaces.
 */
import type { PairKind } from './cue-data';

const PAIR_NOUNS = new Map<string, PairKind>([
  ...'countries nations states powers rivals adversaries foes capitals'
    .split(' ')
    .map((w) => [w, 'state'] as const),
  // States that border each other (cue-data.ts `borders`): not Iran and Israel.
  ...'neighbours neighbors'.split(' ').map((w) => [w, 'neighbours'] as const),
  ...'leaders premiers presidents'.split(' ').map((w) => [w, 'leader'] as const),
  ...'generals chiefs commanders'.split(' ').map((w) => [w, 'military'] as const),
  ...'men sides'.split(' ').map((w) => [w, 'person'] as const),
]);

/** A word of lower-case ASCII letters and hyphens (`[a-z-]+`). */
const isPlainWord = (word: string) => {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c === 45 || (c >= 97 && c <= 122))) return false;
  }
  return true;
};

/**
 * The pair "between" names in `words` (single spaces between them): "between", then "the" or
 * "both", "two" and up to two other words (each optional), then a noun of a pair.
 */
export function pairNamed(words: string): PairKind | undefined {
  const parts = words.split(' ');
  const kind = PAIR_NOUNS.get(parts[parts.length - 1]!);
  if (parts[0] !== 'between' || kind === undefined) return undefined;
  const middle = parts.slice(1, -1);
  if (middle.length > 4 || !middle.every(isPlainWord)) return undefined;
  // Three words in between need "the", "both" or "two" first; four need "the"/"both" and "two".
  if (middle.length === 3 && !['the', 'both', 'two'].includes(middle[0]!)) return undefined;
  if (middle.length === 4 && !(['the', 'both'].includes(middle[0]!) && middle[1] === 'two')) return undefined;
  return kind;
}
