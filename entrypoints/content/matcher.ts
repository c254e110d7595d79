/**
 * Fetching the compiled matcher from the background in pieces (see lib/match/transfer.ts) and
 * putting it together without a long task: each reply is its own task, and assembly yields
 * between fields.
 */
import type { CompiledDictionary } from '@/lib/match/dictionary';
import type { MatchEntity } from '@/lib/match/from-kb';
import { fillWordSets } from '@/lib/match/word-list';
import { assembleMatcher, type MatcherManifest } from '@/lib/match/transfer';
import { askBackground } from '@/lib/messaging/client';
import { yieldToMain } from '@/lib/dom/schedule';
import { fail, ok, type Result } from '@/lib/result';

export interface LoadedMatcher {
  version: string;
  dictionary: CompiledDictionary;
  entities: MatchEntity[];
}

/** Which matcher is current, without fetching it. */
export async function currentMatcher(): Promise<Result<MatcherManifest>> {
  return askBackground('getMatcher', {});
}

/** Fetches and assembles the matcher a manifest describes (starting over if the packs change meanwhile). */
export async function loadMatcher(first: MatcherManifest): Promise<Result<LoadedMatcher>> {
  // The recognisers' word lists, which this script's build leaves out, come with the manifest.
  const missing = fillWordSets(first.wordLists);
  if (missing.length > 0)
    return fail('internal', `Word lists missing from the matcher: ${missing.join(' ')}`);
  let manifest = first;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { version } = manifest;
    const replies = await Promise.all(
      Array.from({ length: manifest.pieces }, (_, index) =>
        askBackground('getMatcherPiece', { version, index }),
      ),
    );
    const pieces = replies.flatMap((reply) => (reply.ok ? [reply.value] : []));
    if (pieces.length === manifest.pieces) {
      const steps = assembleMatcher(manifest, pieces);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return ok({ version, ...step.value });
        await yieldToMain();
      }
    }
    const next = await currentMatcher();
    if (!next.ok) return next;
    manifest = next.value;
  }
  return fail('unreachable', 'The knowledge packs kept changing while this page loaded them');
}
