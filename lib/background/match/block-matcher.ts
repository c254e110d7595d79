/**
 * Matching pages' block texts in the background (issue #19's off-thread experiment, built only
 * with `BACKSTORY_OFFTHREAD=1`): a content script runs in a fresh isolated world on every page,
 * so its matcher runs cold in the interpreter there, while the background's stays warm and is
 * shared by every tab. The matcher is the one pages are sent (same serialised dictionary), so the
 * matches are the same; the page keeps every rule that needs the page (context, sections).
 */
import { deserializeDictionary } from '../../match/serialize';
import { matchText, matchTextInWindows, matchWholeWindow, WINDOW } from '../../match/match-text';
import type { RawMatch } from '../../match/raw-match';
import { encodeBlockMatches } from '../../match/match-wire';
import { createRecogniser } from '../../match/phrases';
import type { CompiledDictionary } from '../../match/dictionary';
import type { Recogniser } from '../../match/phrases';
import { RequestError } from '../../result';
import type { KbService } from '../kb/service';

interface Warm {
  version: string;
  dict: CompiledDictionary;
  recogniser: Recogniser;
}

/** Matches block texts with the current matcher; refuses a stale version, as pieces do. */
export function createBlockMatcher(kb: Pick<KbService, 'matcher'>) {
  let warm: Promise<Warm> | undefined;
  let warmFrom: unknown;
  const current = async (): Promise<Warm> => {
    const payload = await kb.matcher();
    // The KB service caches its payload until the packs change: a new object means new packs.
    if (!warm || warmFrom !== payload) {
      warmFrom = payload;
      warm = Promise.resolve().then(() => {
        const dict = deserializeDictionary(payload.dictionary);
        return { version: payload.version, dict, recogniser: createRecogniser(dict, payload.entities) };
      });
    }
    return warm;
  };
  /** `whole`: the indexes of texts that are windows of a longer block (`matchWholeWindow`). */
  const match = async (
    version: string,
    texts: readonly string[],
    whole: readonly number[] = [],
  ): Promise<number[]> => {
    const { version: now, dict, recogniser } = await current();
    if (now !== version)
      throw new RequestError('not-found', 'The knowledge packs changed while the page was matched');
    const windows = new Set(whole);
    const found: RawMatch[][] = [];
    let work = 0;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!;
      if (windows.has(i)) {
        found.push(matchWholeWindow(dict, text, recogniser));
        work += text.length;
      } else {
        const matches: RawMatch[] = [];
        for (const batch of matchTextInWindows(dict, text, WINDOW, recogniser)) {
          matches.push(...batch);
          work += Math.min(text.length, WINDOW);
          if (work >= SLICE_CHARS) work = await nextTurn();
        }
        found.push(matches);
      }
      if (work >= SLICE_CHARS) work = await nextTurn();
    }
    return encodeBlockMatches(found);
  };
  /**
   * Builds the matcher and recognisers now and runs them once on a sample, so a page's first
   * batch, after the worker woke up, neither waits for them nor runs cold code (issue #19).
   */
  const prepare = async (): Promise<void> => {
    const { dict, recogniser } = await current();
    matchText(dict, WARM_UP_TEXT, recogniser);
  };
  return Object.assign(match, { warm: prepare });
}

/**
 * Text matched between two turns: a few milliseconds of work, after which the worker answers
 * whatever else waits (a card, another tab's batch) before it goes on.
 */
const SLICE_CHARS = 32_768;

/** Lets the worker take other messages, then says no work is done yet in the new turn. */
function nextTurn(): Promise<number> {
  return new Promise((resolve) => setTimeout(() => resolve(0), 0));
}

/** Text a news page might hold: names, an event in other words, a role, to run every path once. */
const WARM_UP_TEXT =
  'The President of the United States met the Prime Minister in New York on Monday, ' +
  'after the general election, and told the UN General Assembly that the war must end.';
