/**
 * Word lists written as plain text, several words a line, so a list of hundreds reads as a
 * paragraph rather than a column. Built once when the module loads; lookups stay `Set.has`.
 *
 * The content script leaves the text of its `wordSet` lists out (issue #19: its size is paid on
 * every page): scripts/lib/word-lists-outside.ts writes `wordSet('#key')` in their place, which
 * makes an empty set, and the page fills every such set from the matcher's manifest
 * (`fillWordSets`) before it matches anything. The background, which builds the manifest, keeps
 * the text and records each list under the same key (`wordListTexts`).
 */

/** The words of `list`, in order, split at white space. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** Marks a list whose text the build left out: the rest is its key. */
const OUTSIDE = '#';

/** Each list's text by its key, where the text was built in. */
const texts = new Map<string, string>();
/** The sets whose words are still to come, by key (the content script). */
const awaiting = new Map<string, Set<string>>();

/** A list's key: the FNV-1a hash of its text, in base 36 (the build computes it the same way). */
export function listKey(list: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < list.length; i++) hash = Math.imul(hash ^ list.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The words of `list` as a set (empty until `fillWordSets` when the build left the text out). */
export function wordSet(list: string): Set<string> {
  if (list.startsWith(OUTSIDE)) {
    const set = new Set<string>();
    awaiting.set(list.slice(OUTSIDE.length), set);
    return set;
  }
  texts.set(listKey(list), list);
  return new Set(words(list));
}

/** Every list built in, by key: what the background sends pages with the matcher. */
export function wordListTexts(): Record<string, string> {
  return Object.fromEntries(texts);
}

/** Fills the sets the build left empty from `lists`; returns the keys `lists` lacks. */
export function fillWordSets(lists: Readonly<Record<string, string>>): string[] {
  const missing: string[] = [];
  for (const [key, set] of awaiting) {
    const text = lists[key];
    if (text === undefined) {
      missing.push(key);
      continue;
    }
    for (const word of words(text)) set.add(word);
    awaiting.delete(key);
  }
  return missing;
}
