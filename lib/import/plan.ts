/**
 * The preview before an import writes anything: how many claims are new, how many would update
 * a stored claim, how many are unchanged (ids are stable, so importing the same file twice
 * changes nothing), and every invalid item with the JSON path of each problem.
 */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import type { Issue } from '../result';
import type { ReadResult } from './read';

export interface ImportPreview {
  format: ReadResult['format'];
  counts: { new: number; updated: number; unchanged: number; invalid: number; relations: number };
  /** Located problems, at most a few hundred. */
  problems: Issue[];
  hasSettings: boolean;
}

export interface ImportPlan {
  preview: ImportPreview;
  /** Claims to write (new and updated). */
  write: SavedClaim[];
  relations: ClaimRelation[];
}

/** JSON with keys in order, so equal records compare equal however they were built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).toSorted(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export const MAX_PROBLEMS = 500;

export function planImport(
  read: ReadResult,
  existing: ReadonlyMap<string, SavedClaim>,
  existingRelations: ReadonlyMap<string, ClaimRelation>,
): ImportPlan {
  const write: SavedClaim[] = [];
  let updated = 0;
  let unchanged = 0;
  const seen = new Set<string>();
  const problems: Issue[] = [...read.notes, ...read.invalid.flatMap((item) => item.issues)];
  let invalid = read.invalid.length;
  read.claims.forEach((claim) => {
    if (seen.has(claim.id)) {
      invalid++;
      problems.push({
        path: `claims (id ${claim.id})`,
        message: 'the same claim id appears twice in the file',
      });
      return;
    }
    seen.add(claim.id);
    const old = existing.get(claim.id);
    if (!old) write.push(claim);
    else if (canonical(old) === canonical(claim)) unchanged++;
    else {
      updated++;
      write.push(claim);
    }
  });
  const knownSaved = new Set([...seen, ...existing.keys()]);
  const relations = read.relations.filter((r, i) => {
    const dangling = [r.from, r.to].find((end) => end.kind === 'saved' && !knownSaved.has(end.id));
    if (dangling) {
      invalid++;
      problems.push({
        path: `relations[${i}]`,
        message: `refers to claim ${dangling.id}, which is neither in the file nor saved`,
      });
      return false;
    }
    const old = existingRelations.get(r.id);
    return !old || canonical(old) !== canonical(r);
  });
  return {
    write,
    relations,
    preview: {
      format: read.format,
      counts: { new: write.length - updated, updated, unchanged, invalid, relations: relations.length },
      problems: problems.slice(0, MAX_PROBLEMS),
      hasSettings: read.settings !== undefined,
    },
  };
}
