/**
 * Matching pages' block texts in the background (issue #19): a content script runs in a fresh
 * isolated world on every page,
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

/**
 * Characters matched (the warm-up's and pages') before the matcher counts as warm: enough for V8
 * to have compiled the matcher's and recognisers' hot paths, so a page's batch costs the worker
 * a few milliseconds instead of an interpreted run. Until then a page's batches are matched here
 * all the same, by colder code: the content script no longer carries a matcher of its own
 * (issue #19, its size: the page's copy was 23 KB of the script gzipped, paid on every page).
 */
export const WARM_CHARS = 65_536;

/** Matches block texts with the current matcher; refuses a stale version, as pieces do. */
export function createBlockMatcher(kb: Pick<KbService, 'matcher'>) {
  let warm: Promise<Warm> | undefined;
  let warmFrom: unknown;
  /** The matcher built last, and how much text it has matched: read without waiting. */
  let built: Warm | undefined;
  let matched = 0;
  const current = async (): Promise<Warm> => {
    const payload = await kb.matcher();
    // The KB service caches its payload until the packs change: a new object means new packs.
    if (!warm || warmFrom !== payload) {
      warmFrom = payload;
      built = undefined;
      matched = 0;
      warm = Promise.resolve().then(() => {
        const dict = deserializeDictionary(payload.dictionary);
        const ready = {
          version: payload.version,
          dict,
          recogniser: createRecogniser(dict, payload.entities),
        };
        if (warmFrom === payload) built = ready;
        return ready;
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
    // A cold matcher is built (and its code runs cold) before the first batch is answered: the
    // page waits for it, as it once waited for its own copy of the matcher.
    const { version: now, dict, recogniser } = await current();
    if (now !== version) throw changed();
    for (const text of texts) matched += text.length;
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
   * Builds the matcher and recognisers and runs them on a sample until they are warm, so pages
   * send their blocks here only once a batch neither waits for them nor runs cold code (issue
   * #19). Started once a page's own scan is over (handlers.ts), never during one.
   */
  let preparing: Promise<void> | undefined;
  const prepare = (): Promise<void> => {
    preparing ??= (async () => {
      try {
        const ready = await current();
        // A few milliseconds at a time: the worker answers pages (and their cards) in between.
        // A matcher replaced meanwhile (new packs) is warmed by the next page's request.
        // (`built` changes while this waits for its next turn.)
        for (;;) {
          if (built !== ready || matched >= WARM_CHARS) return;
          for (let i = 0; i < WARM_UP_ROUNDS; i++) matchText(ready.dict, WARM_UP_TEXT, ready.recogniser);
          matched += WARM_UP_ROUNDS * WARM_UP_TEXT.length;
          await nextTurn();
        }
      } finally {
        preparing = undefined;
      }
    })();
    return preparing;
  };
  /** Whether the matcher of `version` is built and warm, so a page's batch is best matched here. */
  const isWarm = (version: string): boolean =>
    built !== undefined && built.version === version && matched >= WARM_CHARS;
  /** Builds the matcher of the current packs, if it is not built or being built (no warm-up). */
  const build = async (): Promise<void> => void (await current());
  return Object.assign(match, { build, warm: prepare, isWarm });
}

const changed = () => new RequestError('not-found', 'The knowledge packs changed while the page was matched');

/** Warm-up rounds between two turns (a few milliseconds of work, as `SLICE_CHARS`). */
const WARM_UP_ROUNDS = 16;

/**
 * Text matched between two turns: a few milliseconds of work, after which the worker answers
 * whatever else waits (a card, another tab's batch) before it goes on.
 */
const SLICE_CHARS = 32_768;

/** Lets the worker take other messages, then says no work is done yet in the new turn. */
function nextTurn(): Promise<number> {
  return new Promise((resolve) => setTimeout(() => resolve(0), 0));
}

/**
 * Text a news page might hold: names, an event in other words, a role, possessives, curly quotes,
 * dashes and accents as edited copy has them, so the warm-up runs the paths pages run.
 */
const WARM_UP_TEXT =
  'The President of the United States met the Prime Minister in New York on Monday, ' +
  'after the general election, and told the UN General Assembly that the war must end. ' +
  '\u201cWe will not wait,\u201d said Trump\u2019s envoy \u2014 in S\u00e3o Paulo, not Z\u00fcrich \u2014 ' +
  "before Asim Munir's visit to Beijing and the talks at the European Commission in Brussels.";
