/** A whole file planned at once, in memory (tests, and files read whole): `ImportPlanner` in one go. */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import { ImportPlanner, type ImportPlan } from './plan';
import type { ReadResult } from './read';
import type { SamePassageChoice } from './same-passage';

/** Plans a whole file read at once against everything stored (by id; `library`: every stored claim). */
export function planImport(
  read: ReadResult,
  existing: ReadonlyMap<string, SavedClaim>,
  existingRelations: ReadonlyMap<string, ClaimRelation>,
  options: { library?: readonly SavedClaim[]; samePassage?: SamePassageChoice } = {},
): ImportPlan {
  const planner = new ImportPlanner(options.samePassage);
  planner.invalid(read.invalid);
  const byPage = new Map<string, SavedClaim[]>();
  for (const claim of options.library ?? existing.values())
    byPage.set(claim.url, [...(byPage.get(claim.url) ?? []), claim]);
  const write = planner.claims(read.claims, existing, byPage).map((planned) => planned.claim);
  const chosen = new Set<string>();
  const relations = read.relations.flatMap((original, i) => {
    const r = planner.follow(original);
    const moved = r !== original;
    if (!planner.relation(r, i, (id) => existing.has(id), existingRelations, moved, chosen.has(r.id)))
      return [];
    chosen.add(r.id);
    return [r];
  });
  return { write, relations, preview: planner.preview(read) };
}
