/**
 * How often a page may create claims. From a content script `saveClaim` only creates a bare
 * claim (`markedByPage`), but a compromised renderer could send it in a loop, filling "All
 * claims" with junk and, at 20,000-character quotes, the browser's storage quota, after which the
 * reader's own saves fail (test/attacks/FINDINGS.md). A reader marks a passage by selecting it and
 * pressing, a few times a minute at most; a page gets that many, per tab as the browser reports
 * the sender. The top frame is counted apart from its subframes, so an embedded frame that uses
 * up its turns cannot refuse the reader's marks on the article itself.
 */
import { tabTurns } from './tab-turns';

/** New claims a tab's top frame (and, apart, its subframes together) may create per window. */
export const MAX_NEW_CLAIMS = 10;
export const NEW_CLAIM_WINDOW_MS = 60_000;
/** What the reader is told after "Not saved: " when a mark is one too many. */
export const NEW_CLAIMS_REFUSAL =
  'Backstory took enough new claims from this page in the last minute; mark it again in a moment.';

/** Throws once a tab has created `max` claims within `windowMs`. */
export function newClaimTurns(max = MAX_NEW_CLAIMS, windowMs = NEW_CLAIM_WINDOW_MS, now = Date.now) {
  return tabTurns({ max, windowMs, refusal: NEW_CLAIMS_REFUSAL, topFrameApart: true }, now);
}
