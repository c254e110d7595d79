/**
 * How alike two short texts are, and how to say it. The number is the one "Seen elsewhere"
 * uses: twice the longest run of shared terms in the same order over the terms of both, with
 * names and abbreviations read alike (`terms.ts`). Readers get words; the number is on hover.
 */
import { longestCommonRun } from './find-echoes';
import { termsOf, type PhraseTable } from './terms';

export function textSimilarity(a: string, b: string, table: PhraseTable): number {
  const x = termsOf(a, table).map((t) => t.key);
  const y = termsOf(b, table).map((t) => t.key);
  if (x.length === 0 || y.length === 0) return 0;
  return (2 * longestCommonRun(x, y).length) / (x.length + y.length);
}

/** At or above each of these, a pair is described with its word. */
export const SIMILARITY_WORDS = [
  [0.8, 'very close'],
  [0.5, 'close'],
  [0.25, 'related'],
] as const;

/** "very close", "close", "related" or "different". */
export function similarityWords(similarity: number): string {
  return SIMILARITY_WORDS.find(([at]) => similarity >= at)?.[1] ?? 'different';
}
