/**
 * Issue #19, on the page's side: block texts are matched in the background (lib/background/match/
 * block-matcher.ts), whose matcher is shared by every tab and stays warm, instead of in this
 * page's fresh isolated world. The page carries no matcher of its own to fall back on: that copy
 * was about 23 KB of this script gzipped, parsed and compiled on every page, for the pages that
 * loaded while the worker's matcher was cold. Those pages now wait for it to be built.
 */
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { RemoteBlocks, type MatchRemotely } from '@/lib/dom/remote-blocks';
import type { ScannerDeps } from '@/lib/dom/scanner-deps';
import { askBackground } from '@/lib/messaging/client';

/**
 * After how long (times the attempt, up to a second) a batch is sent again when the worker refuses
 * it because the tab's frames already have as many waiting as it takes
 * (lib/background/match/frame-turns.ts). It is sent again until it is taken or the page's scanner
 * stops: a page with many frames (the hostile fixture has dozens) waits its turn, however long
 * a cold worker takes under load, rather than leave a frame unhighlighted — a limit of twelve
 * tries (about 8 s) left the hostile page with no highlight at all in the fresh-clone CI.
 */
export const REFUSED_WAIT_MS = 120;
const REFUSED_WAIT_MAX_MS = 1_000;

/**
 * Matching block texts with the background's matcher of `version`. A failure other than a full
 * queue throws, and RemoteBlocks asks once more before leaving the batch unhighlighted; nothing
 * is asked again once the page's scanner has `stopped`.
 */
export function backgroundMatcher(version: string, stopped: () => boolean = () => false): MatchRemotely {
  return async (texts, whole) => {
    const data = { version, texts, ...(whole.length > 0 ? { whole } : {}) };
    for (let attempt = 1; ; attempt++) {
      const reply = await askBackground('matchBlocks', data);
      if (reply.ok) return decodeBlockMatches(reply.value, texts.length);
      if (reply.error.code !== 'quota-exceeded' || stopped()) throw new Error(reply.error.message);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(REFUSED_WAIT_MS * attempt, REFUSED_WAIT_MAX_MS)),
      );
    }
  };
}

/** The scanner's blocks, matched by the background's matcher of `version`. */
export function backgroundBlocks(version: string): NonNullable<ScannerDeps['matchRemotely']> {
  return (record, stopped) => new RemoteBlocks(backgroundMatcher(version, stopped), record, stopped);
}
