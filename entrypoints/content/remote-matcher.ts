/**
 * Issue #19, on the page's side: while the background's matcher is warm (it says so with the
 * manifest, `matchInBackground`), block texts are matched there (lib/background/match/
 * block-matcher.ts) instead of in this page's fresh isolated world, where the matcher runs cold.
 * A batch the background does not answer (its matcher went cold: the worker was stopped; the
 * packs changed; it failed) is matched here, so the page never waits on a cold worker.
 */
import { decodeBlockMatches } from '@/lib/match/match-wire';
import { RemoteBlocks, type MatchRemotely } from '@/lib/dom/remote-blocks';
import type { ScannerDeps } from '@/lib/dom/scanner-deps';
import { askBackground } from '@/lib/messaging/client';
import type { CompiledDictionary } from '@/lib/match/dictionary';
import type { MatchEntity } from '@/lib/match/from-kb';
import { createRecogniser, type Recogniser } from '@/lib/match/phrases';
import { matchTextInWindows, matchWholeWindow, WINDOW } from '@/lib/match/match-text';
import type { RawMatch } from '@/lib/match/raw-match';
import { yieldToMain } from '@/lib/dom/schedule';

/** The page's own matcher, for the batches the background does not answer. */
export interface LocalMatcher {
  dict: CompiledDictionary;
  entities: readonly MatchEntity[];
}

/**
 * Matching block texts with the background's matcher of `version`, or here when it declines;
 * here, it gives up as soon as the page's scanner has `stopped` (nobody would record the matches).
 */
export function backgroundMatcher(
  version: string,
  local: LocalMatcher,
  stopped: () => boolean = () => false,
): MatchRemotely {
  const here = matchHereInTurns(local, stopped);
  return async (texts, whole) => {
    const reply = await askBackground('matchBlocks', {
      version,
      texts,
      ...(whole.length > 0 ? { whole } : {}),
    });
    return reply.ok ? decodeBlockMatches(reply.value, texts.length) : here(texts, whole);
  };
}

/** The scanner's blocks, matched by the background's matcher of `version` while it is warm. */
export function backgroundBlocks(
  version: string,
  local: LocalMatcher,
): NonNullable<ScannerDeps['matchRemotely']> {
  return (record, stopped) => new RemoteBlocks(backgroundMatcher(version, local, stopped), record, stopped);
}

/** Time matched before the page is given a turn: a batch is up to 64 KB, too much for one task. */
const TURN_MS = 8;

/**
 * What the background would answer, matched in the page (its recognisers built on first need),
 * a few milliseconds at a time; only the texts before the scanner stopped.
 */
function matchHereInTurns({ dict, entities }: LocalMatcher, stopped: () => boolean): MatchRemotely {
  let recogniser: Recogniser | undefined;
  return async (texts, whole) => {
    recogniser ??= createRecogniser(dict, entities);
    const windows = new Set(whole);
    const found: RawMatch[][] = [];
    let since = performance.now();
    for (let i = 0; i < texts.length && !stopped(); i++) {
      const text = texts[i]!;
      found.push(
        windows.has(i)
          ? matchWholeWindow(dict, text, recogniser)
          : [...matchTextInWindows(dict, text, WINDOW, recogniser)].flat(),
      );
      if (performance.now() - since > TURN_MS) {
        await yieldToMain();
        since = performance.now();
      }
    }
    return found;
  };
}
