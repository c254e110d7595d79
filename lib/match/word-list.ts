/**
 * Word lists written as plain text, several words a line, so a list of hundreds reads as a
 * paragraph rather than a column. Built once when the module loads; lookups stay `Set.has`.
 */

/** The words of `list`, in order, split at white space. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** The words of `list` as a set. */
export function wordSet(list: string): Set<string> {
  return new Set(words(list));
}
