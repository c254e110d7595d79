/**
 * What the matcher finds, in its own module so the recognisers it calls (phrase-index.ts via
 * namesake.ts) can name it without importing the matcher back.
 */
import type { PhraseLink } from './phrase-link';

/** A match in normalised-text offsets (original offsets once `match-text` maps it back). */
export interface RawMatch {
  start: number;
  end: number;
  /** The alias matched, or -1 for a phrase found by a recogniser (see `phrase`). */
  alias: number;
  /**
   * When the longest alias needs page context ("the US president"), the longest alias at the
   * same start that does not ("US"), to link instead if the context never comes.
   */
  fallback?: { end: number; alias: number };
  /** Other entities named inside this one ("US" in "US strikes on Iranian nuclear facilities"). */
  inner?: RawMatch[];
  /** A phrase that links through cues rather than an alias: an event in other words, a role. */
  phrase?: PhraseLink;
  /**
   * A surname with a different given name ("Nawaz Sharif"): never linked, but on the page it
   * makes a bare "Sharif" with no full name before it in its block ambiguous.
   */
  bearer?: true;
  /** A bare surname with no full name before it in its block: the page decides (see context.ts). */
  open?: true;
}
