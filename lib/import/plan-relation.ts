/** Whether to write one of an import file's relations, once every claim of the file is planned. */
import type { ClaimRelation } from '../claims/schema';
import type { Issue } from '../result';
import { quotedText } from '../visible-text';
import { canonical } from './plan-shape';
import { relationChangedMessage } from './recheck';

/** What to do with a relation: write it or not, whether it is invalid, and what to tell the reader. */
export interface RelationVerdict {
  write: boolean;
  invalid?: true;
  problem?: Issue;
}

/**
 * The file's `index`th relation, its ends moved by the planner's `follow`. A relation of a claim
 * to itself (two of the file's claims merged into one of yours) says nothing; one whose saved
 * end is not `known` (in the file, one of yours a file's claim repeats, or stored) is invalid,
 * unless the reader deleted that claim while the import ran (`deleted`: it stays deleted, and
 * so does a relation they deleted); one already stored as it is (`existing`, read before any of
 * the file is written), skipped. One `moved` never replaces a relation the reader has under its
 * id (the reader's verdict wins); another replaces it only if it is the newer (`created`), as a
 * claim's version does: a verdict the reader records while the file is read is kept.
 * Of the file's relations with one id (repeated, or moved onto one pair), the first chosen wins:
 * the caller says (`earlier`) whether one was, as it holds what was chosen (the staging store,
 * for a big file), so each is counted and written once.
 */
export function relationVerdict(
  r: ClaimRelation,
  index: number,
  known: (id: string) => boolean,
  existing: ReadonlyMap<string, ClaimRelation>,
  moved: boolean,
  earlier: boolean,
  deleted: (id: string) => boolean = () => false,
): RelationVerdict {
  if (r.from.kind === r.to.kind && r.from.id === r.to.id) return { write: false };
  const path = `relations[${index}]`;
  const dangling = [r.from, r.to].find((end) => end.kind === 'saved' && !known(end.id));
  if (dangling && deleted(dangling.id))
    return { write: false, problem: { path, message: relationChangedMessage('claim') } };
  if (dangling)
    return {
      write: false,
      invalid: true,
      problem: {
        path,
        message: `refers to claim ${quotedText(dangling.id, 140)}, which is neither in the file nor saved`,
      },
    };
  const old = existing.get(r.id);
  if (old && canonical(old) === canonical(r)) return { write: false };
  if (!old && deleted(r.id))
    return { write: false, problem: { path, message: relationChangedMessage('deleted') } };
  if (moved && old)
    // Moved onto the reader's claim, it is another profile's verdict on a pair the reader may
    // have judged.
    return {
      write: false,
      problem: {
        path,
        message:
          'links a passage you have to a claim you already linked it to; your relation was kept and this one not imported',
      },
    };
  if (old && Date.parse(r.created) <= Date.parse(old.created))
    return {
      write: false,
      problem: {
        path,
        message: `is not newer than your relation between these claims (recorded ${old.created.slice(0, 10)}), which was kept`,
      },
    };
  return { write: !earlier };
}
