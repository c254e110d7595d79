import type * as core from 'zod/v4/core';
import type { Issue } from './result';

/** Formats a zod path as a JSON path a person can follow: `claims[3].quote`, `$` for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '$';
}

/** Turns a zod error into located issues, one per problem, in the order zod found them. */
export function toIssues(error: core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line naming every problem and where it is, for error messages and CLI output. */
export function describeIssues(issues: readonly Issue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}
