import type { Issue } from '@/lib/result';

/** Problems found in a file, each with the JSON path where it is. */
export function IssueList({ issues, limit = 200 }: { issues: Issue[]; limit?: number }) {
  return (
    <ul class="issues" aria-label="Problems found">
      {issues.slice(0, limit).map((issue) => (
        <li key={`${issue.path}\u0000${issue.message}`}>
          {/* The path is the file's own keys: isolated, so they cannot reorder the sentence. */}
          <code dir="auto">{issue.path}</code>: {issue.message}
        </li>
      ))}
      {issues.length > limit && <li>…and {issues.length - limit} more</li>}
    </ul>
  );
}
