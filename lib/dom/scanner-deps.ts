/** What a page scanner (scanner.ts) works with, given by the layer that starts it. */
import type { CompiledDictionary } from '../match/dictionary';
import type { Recogniser } from '../match/phrases';
import type { Classifier } from './classify';
import type { PageMentions } from './page-mentions';
import type { MatchRemotely } from './remote-blocks';

export interface ScannerDeps {
  doc: Document;
  dict: CompiledDictionary;
  /** Finds events named in other words and role phrases (phrases.ts). */
  recogniser?: Recogniser;
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
  /** Matches blocks in the background instead of here (issue #19's off-thread experiment). */
  matchRemotely?: MatchRemotely;
}
