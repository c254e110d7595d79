/**
 * A build plugin for the content script (issue #19: its size is paid on every page): each
 * `wordSet(`…`)` list in lib/match/ is written as `wordSet('#key')`, which makes an empty set
 * that the page fills from the matcher's manifest before it matches (lib/match/word-list.ts).
 * The background keeps the text and sends it, so what the recognisers read does not change.
 *
 * Only a plain template literal is taken (no `${}`, no escapes: its text is then the list's
 * text exactly); the build fails on any other `wordSet(` call in those files, so a list written
 * another way cannot quietly stay empty. Line breaks are kept, so source maps still line up.
 */
import type { Plugin } from 'vite';
import { listKey } from '../../lib/match/word-list';

const MATCH_MODULE = /[\\/]lib[\\/]match[\\/](?!word-list\.ts$)[\w-]+\.ts$/;
const LIST = /\bwordSet\(\s*`([^`\\$]*)`,?\s*\)/g;
const CALL = /\bwordSet\(/g;

/** `code` with its word lists' text left out, and how many it left out. */
export function leaveWordListsOut(code: string, id: string): { code: string; lists: number } {
  const calls = code.match(CALL)?.length ?? 0;
  let lists = 0;
  const out = code.replace(LIST, (call, text: string) => {
    lists++;
    return `wordSet('#${listKey(text)}'${'\n'.repeat(call.split('\n').length - 1)})`;
  });
  if (lists !== calls) throw new Error(`${id}: a wordSet( call without a plain template literal`);
  return { code: out, lists };
}

export function wordListsOutside(): Plugin {
  return {
    name: 'backstory:word-lists-outside',
    enforce: 'pre',
    transform(code, id) {
      if (!MATCH_MODULE.test(id) || !code.includes('wordSet(')) return undefined;
      return { code: leaveWordListsOut(code, id).code, map: null };
    },
  };
}
