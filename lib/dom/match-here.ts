/** Matching a page's blocks in the page itself, with its matcher and recogniser (scanner.ts). */
import type { CompiledDictionary } from '../match/dictionary';
import { matchShortText, matchTextInWindows, WINDOW } from '../match/match-text';
import type { Recogniser } from '../match/phrases';
import type { MatchHere } from './scanner-deps';

/** Block matching with one matcher and, if given, the recognisers of events and roles. */
export function matchHere(dict: CompiledDictionary, recogniser?: Recogniser): MatchHere {
  return {
    short: (text) => matchShortText(dict, text, recogniser),
    windows: (text) => matchTextInWindows(dict, text, WINDOW, recogniser),
  };
}
