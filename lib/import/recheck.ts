/**
 * An import is planned while the file is read and written at its end: a big one takes minutes,
 * and the reader may edit or delete one of their claims meanwhile. The commit therefore looks
 * at each claim again, inside its write transaction, and decides against what is stored now:
 * the planned write stands if the claim is as it was when planned; a merge is done again on
 * the reader's current claim; the file's version of a claim replaces the reader's only if it
 * is still newer; and a claim deleted meanwhile stays deleted (the file's copy of it, or what
 * it would have merged into it, is not brought back). Relations follow the same rules
 * (`plan-relation.ts`, `commitStaged`): the file's replaces the reader's only if newer, and one
 * the reader deleted, or whose claim they deleted, stays deleted.
 */
import type { SavedClaim } from '../claims/schema';
import { canonical, marking, type ImportPreview, type PlannedClaim } from './plan-shape';
import { mergeInto } from './same-passage';

/** A planned write the reader's change since overruled. */
export interface ChangedMeanwhile {
  id: string;
  /** `deleted`: the reader deleted it (it stays deleted); `edited`: their version was kept. */
  what: 'deleted' | 'edited';
  planned: PlannedClaim;
}

/** What to write for a planned claim now that `current` is stored (undefined: nothing), and what was overruled. */
export function recheck(
  planned: PlannedClaim,
  current: SavedClaim | undefined,
  now: string,
): { write?: SavedClaim; changed?: ChangedMeanwhile } {
  const id = planned.claim.id;
  if (current?.updated === planned.base) return { write: planned.claim };
  if (!current) return { changed: { id, what: 'deleted', planned } };
  // The file's own version of this claim (for a plain new or updated claim, the claim itself).
  const file = planned.merged ? planned.file : planned.claim;
  let start = current;
  let lost = false;
  if (file && canonical(file) !== canonical(current)) {
    const newer =
      canonical(marking(file)) === canonical(marking(current)) &&
      Date.parse(file.updated) > Date.parse(current.updated);
    if (newer) start = file;
    else lost = true;
  }
  for (const theirs of planned.merged ?? []) {
    // Too long merged with the reader's note as it is now: theirs is left out, and said so.
    const merged = mergeInto(start, theirs, now);
    if (merged) start = merged;
    else lost = true;
  }
  const write = canonical(start) === canonical(current) ? undefined : start;
  return lost ? { write, changed: { id, what: 'edited', planned } } : { write };
}

/** The line for a claim the reader deleted while the import ran. */
export const CLAIM_DELETED_MEANWHILE =
  'was deleted while the import ran; it stays deleted, and the file’s copy was not imported';

/** The sentence for a claim whose planned write was overruled (a problem line's message). */
export function changedMessage(changed: ChangedMeanwhile): string {
  return changed.what === 'deleted'
    ? CLAIM_DELETED_MEANWHILE
    : 'was changed while the import ran; your version was kept, and the file’s was not imported';
}

/**
 * One of the file's relations not written as the reader changed its pair while the import ran:
 * `edited`, they recorded another verdict on it; `deleted`, they deleted the relation; `claim`,
 * they deleted one of its claims (and with it the relations to it).
 */
export interface RelationChangedMeanwhile {
  id: string;
  what: 'edited' | 'deleted' | 'claim';
  /** Its claim was the file's, whose own line says its relations were not imported: no line of its own. */
  quiet?: true;
}

/** The sentence for a relation not written as the reader changed its pair while the import ran. */
export function relationChangedMessage(what: RelationChangedMeanwhile['what']): string {
  return {
    edited:
      'links two claims you linked while the import ran; your relation was kept, and the file’s was not imported',
    deleted:
      'you deleted the relation between these claims while the import ran; it stays deleted, and the file’s was not imported',
    claim:
      'links a claim you deleted while the import ran; it stays deleted, and the file’s relation was not imported',
  }[what];
}

/**
 * What to take off the preview's counts for a planned write overruled (negative: add): it is
 * counted as changed instead; a merge redone on the reader's current claim still merged, one
 * into a claim deleted meanwhile did not.
 */
export function uncounted({ what, planned }: ChangedMeanwhile): Partial<ImportPreview['counts']> {
  const kind = planned.base === undefined ? 'new' : !planned.merged || planned.file ? 'updated' : undefined;
  return {
    changed: -1,
    ...(kind && { [kind]: 1 }),
    ...(planned.merged && what === 'deleted' && { samePassageAdding: planned.merged.length }),
  };
}
