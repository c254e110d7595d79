/** What a page scanner (scanner.ts) works with, given by the layer that starts it. */
import type { RawMatch } from '../match/raw-match';
import type { Classifier } from './classify';
import type { PageMentions } from './page-mentions';
import type { TextBlock } from './blocks';
import type { Slice } from './schedule';
import type { HiddenElements } from './style-hidden';

export interface ScannerDeps {
  doc: Document;
  classifier: Classifier;
  mentions: PageMentions;
  /**
   * The elements the classifier skipped as hidden (given the same `StyleHidden`): watched, so
   * their text is read once the page shows them. Without it, attribute changes are not observed.
   */
  hidden?: HiddenElements;
  /** Recognises Backstory's own UI host (by identity). */
  isOwnUi: (el: Element) => boolean;
  /** Called after a batch of blocks changed what is drawn. */
  onUpdate?: () => void;
  /** Called for each open shadow root found, so styles can be adopted into it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called once per batch of page changes, after the changed text was read again. */
  onMutations?: () => void;
  /** Matches a block's text in the page (`matchHere` in match-here.ts); one of this and the next. */
  matchHere?: MatchHere;
  /**
   * Matches blocks elsewhere instead (issue #19, matching in the background: `RemoteBlocks` in
   * remote-blocks.ts, given by the layer, so a `BACKSTORY_OFFTHREAD=0` build does not carry it).
   */
  matchRemotely?: (record: RecordMatched, stopped: () => boolean) => BlockQueue;
}

/** A block waiting for its matches, with how the scanner read it. */
export interface QueuedBlock {
  block: TextBlock;
  onScreen: boolean;
  unread: boolean;
}

/**
 * Records a block's matches (for a block longer than a window, in batches, so no task records
 * them all); a promise when the slice ran out and the scanner yielded.
 */
export type RecordMatched = (
  queued: QueuedBlock,
  matches: Iterable<RawMatch[]> | readonly RawMatch[],
  slice: Slice,
) => Promise<void> | undefined;

/** Blocks matched elsewhere: queued as the scanner reads them, recorded as their matches come. */
export interface BlockQueue {
  /** Queues a (non-blank) block; a promise when the page must wait for earlier blocks first. */
  push(queued: QueuedBlock, slice: Slice): Promise<void> | undefined;
  /** Records every queued block's matches, in order. */
  drain(slice: Slice): Promise<void>;
}

/** A block's matches, in original offsets: all at once, or window by window for a long block. */
export interface MatchHere {
  short(text: string): RawMatch[];
  windows(text: string): Iterable<RawMatch[]>;
}
