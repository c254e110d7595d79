import type * as core from 'zod/v4/core';
import type { Issue } from './result';
import { visibleText, visibleWords } from './visible-text';

/**
 * Longest message or path key kept, in characters. zod names a file's own keys in its messages
 * (`Unrecognized key: "…"`) and paths, and a key in an import file may be megabytes long: a few
 * hundred such problems made a preview too big for one extension message, and it never arrived.
 */
export const MAX_ISSUE_TEXT = 200;

/**
 * `text`, cut to `MAX_ISSUE_TEXT` characters with an ellipsis, with its invisible and
 * reordering characters shown (a file's own keys must not reorder or hide the problem's line).
 */
const shorten = (text: string): string => visibleText(text, MAX_ISSUE_TEXT);

/** `shorten`, keeping the joiners a file's words need (`visibleWords`): for problems found in files. */
const shortenWords = (text: string): string => visibleWords(text, MAX_ISSUE_TEXT);

/**
 * Formats a zod path as a JSON path a person can follow: `claims[3].quote`, `$` for the root.
 * (`cut`: how a key is shown; the content script's messages need no joiners kept.)
 */
export function formatPath(path: readonly PropertyKey[], cut = shorten): string {
  let out = '';
  for (const raw of path) {
    const key = typeof raw === 'number' ? raw : cut(String(raw));
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '$';
}

/** Turns a zod error into located issues, one per problem, in the order zod found them. */
export function toIssues(error: core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, shortenWords),
    message: shortenWords(issue.message),
  }));
}

/** One line naming every problem and where it is, for error messages and CLI output. */
export function describeIssues(issues: readonly Issue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}
