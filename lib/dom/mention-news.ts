/**
 * Whether what "On this page" lists of a page has changed since the side panel was last told:
 * the content script tells it (through the background) after a scan or a live update only when
 * the names found, their counts, or whether Backstory runs or may show its card there differ.
 */
import { ChangeNews } from '../change-news';
import type { UiBlockedReason } from './ui-host';

/**
 * What the side panel's list of a page follows from, as the content script has it after every
 * slice of a scan: counts by entity index, not the list itself, whose entities are copied out
 * and sorted by name (with `localeCompare`, slow in a page's fresh isolated world: it was a
 * third of the page's work on an ordinary article) only when the panel asks.
 */
export interface MentionState {
  running: boolean;
  uiBlocked?: UiBlockedReason | undefined;
  /** The knowledge base whose entities the indices name. */
  version: string;
  /** Mentions found per entity index. */
  counts: ReadonlyMap<number, number>;
}

/** What the side panel shows of a page's mentions (the list's order follows from the counts). */
function newsKey(state: MentionState): string {
  const counts = [...state.counts].toSorted((a, b) => a[0] - b[0]);
  return JSON.stringify([state.running, state.uiBlocked ?? null, state.version, counts]);
}

/** Calls `tell` each time a reported state of the page's mentions differs from the last one. */
export class MentionNews extends ChangeNews<MentionState> {
  constructor(tell: () => void) {
    super(newsKey, tell);
  }
}
