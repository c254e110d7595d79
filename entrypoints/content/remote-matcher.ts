/**
 * Issue #19's off-thread experiment, on the page's side: with `BACKSTORY_OFFTHREAD=1` at build
 * time, block texts are matched by the background (lib/background/match/block-matcher.ts), whose
 * matcher is warm, instead of in this page's fresh isolated world, where it runs cold.
 */
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { RemoteBlocks, type MatchRemotely } from '@/lib/dom/remote-blocks';
import type { ScannerDeps } from '@/lib/dom/scanner-deps';
import { askBackground } from '@/lib/messaging/client';

/** Matching block texts with the background's matcher of `version`. */
export function backgroundMatcher(version: string): MatchRemotely {
  return async (texts, whole) => {
    const reply = await askBackground('matchBlocks', {
      version,
      texts,
      ...(whole.length > 0 ? { whole } : {}),
    });
    if (!reply.ok) throw new Error(reply.error.message);
    return decodeBlockMatches(reply.value, texts.length);
  };
}

/** The scanner's blocks, matched by the background's matcher of `version`. */
export function backgroundBlocks(version: string): NonNullable<ScannerDeps['matchRemotely']> {
  const match = backgroundMatcher(version);
  return (record, stopped) => new RemoteBlocks(match, record, stopped);
}
