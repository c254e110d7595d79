/** What a page scanner (scanner.ts) works with, given by the layer that starts it. */
import type { RawMatch } from '../match/raw-match';
import type { Classifier } from './classify';
import type { PageMentions } from './page-mentions';
import type { MatchRemotely } from './remote-blocks';

export interface ScannerDeps {
  doc: Document;
  classifier: Classifier;
  mentions: PageMentions;
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
  /** Matches blocks in the background instead (issue #19's off-thread experiment). */
  matchRemotely?: MatchRemotely;
}

/** A block's matches, in original offsets: all at once, or window by window for a long block. */
export interface MatchHere {
  short(text: string): RawMatch[];
  windows(text: string): Iterable<RawMatch[]>;
}
