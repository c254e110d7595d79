/**
 * What an import plan says and the small rules it is built on: the preview's counts, the plan's
 * writes, how records are compared (`canonical`) and what marking a claim fixed (`marking`).
 */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import type { Issue } from '../result';
import type { ReadResult } from './read';
import type { SamePassageChoice } from './same-passage';

export interface ImportPreview {
  format: ReadResult['format'];
  counts: {
    new: number;
    updated: number;
    unchanged: number;
    /** Older versions of saved claims (edited since): the saved version is kept. */
    kept: number;
    invalid: number;
    relations: number;
    /**
     * The file's claims that are a passage the reader already has (same page, same words, same
     * place) under another id: marked again in another profile. Not in `new`.
     */
    samePassage: number;
    /** Of those, how many hold a note, tags or entities the reader's claim lacks (a merge keeps the reader's label). */
    samePassageAdding: number;
    /**
     * Of those adding, how many merging would import as claims of their own instead (merged, a
     * note or tags would be too long): counted when skipping, so the preview can say what
     * "Merge" would do. When merging, they are counted in `new` instead.
     */
    samePassageOwn: number;
    /**
     * After a write: claims the reader edited or deleted while the import ran, whose planned
     * write was dropped (their version kept, or the deletion). Zero in a preview.
     */
    changed: number;
  };
  /** What the import does (or would do) with the same passages: skip them, or merge them into yours. */
  samePassage: SamePassageChoice;
  /** Located problems, at most a few hundred. */
  problems: Issue[];
  /**
   * Who the file says marked its claims (Backstory's `author`, W3C `creator`), as shown safely
   * (`visibleWords`): the first few names, in file order; `moreAuthors` when there are others.
   */
  authors: string[];
  moreAuthors: boolean;
  hasSettings: boolean;
}

/** Counts before anything is planned. */
export const noCounts = (): ImportPreview['counts'] => ({
  new: 0,
  updated: 0,
  unchanged: 0,
  kept: 0,
  invalid: 0,
  relations: 0,
  samePassage: 0,
  samePassageAdding: 0,
  samePassageOwn: 0,
  changed: 0,
});

/**
 * A claim an import will write and what it was planned against, so the commit can see what the
 * reader changed meanwhile (`recheck.ts`).
 */
export interface PlannedClaim {
  claim: SavedClaim;
  /** The stored claim's `updated` when planned (absent: none was stored under this id). */
  base?: string;
  /** A merge: the file's claims merged in (`claim` is the merge). */
  merged?: SavedClaim[];
  /** With `merged`: the file's own newer version they were merged into (absent: into the reader's). */
  file?: SavedClaim;
}

export interface ImportPlan {
  preview: ImportPreview;
  /** Claims to write (new and updated). */
  write: SavedClaim[];
  relations: ClaimRelation[];
}

/** JSON with keys in order, so equal records compare equal however they were built. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).toSorted(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export const MAX_PROBLEMS = 500;

/** Names of the file's claims' authors listed in the preview; more are "others". */
export const MAX_AUTHORS = 8;

export const TOO_LONG =
  'is a passage you have, but merged with yours its note or tags would be too long; imported as a claim of its own';

/**
 * What marking a claim fixed: its page and quote, which no edit changes (the reader edits only
 * the note, tags, label and linked entities). A file's claim that differs from the saved one
 * here is another claim under the same id, never a newer version of it.
 */
export const marking = (claim: SavedClaim) => ({
  url: claim.url,
  seenUrl: claim.seenUrl,
  page: claim.page,
  selectors: claim.selectors,
  pageTextHash: claim.pageTextHash,
  created: claim.created,
});
