/**
 * A file's claim that is the reader's own claim marked again elsewhere: the same words on the
 * same page, under another id (another browser profile or a colleague's export generates its
 * own). How the import preview finds them, whether they add anything, and how one is merged into
 * the reader's claim without losing either side's words.
 */
import { savedClaimSchema, type SavedClaim } from '../claims/schema';

/** How an import treats the file's claims that are a passage the reader already has. */
export const samePassageChoices = ['skip', 'merge'] as const;
export type SamePassageChoice = (typeof samePassageChoices)[number];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether two claims are on the same passage: the same page (canonical address), the same words
 * (spacing aside), and the same place — the same offsets or the same words around it, as marking
 * a passage twice in one browser decides (`entrypoints/content/save-claim.ts`). A sentence that
 * occurs twice on a page is two passages.
 */
export function isSamePassage(a: SavedClaim, b: SavedClaim): boolean {
  const [qa, qb] = [a.selectors.quote, b.selectors.quote];
  const [pa, pb] = [a.selectors.position, b.selectors.position];
  return (
    a.url === b.url &&
    squash(qa.exact) === squash(qb.exact) &&
    ((pa.start === pb.start && pa.end === pb.end) ||
      (squash(qa.prefix) === squash(qb.prefix) && squash(qa.suffix) === squash(qb.suffix)))
  );
}

const missing = <T>(theirs: readonly T[], mine: readonly T[]) => theirs.filter((x) => !mine.includes(x));

/**
 * Whether the file's claim holds something the reader's lacks: a note, tags or entities. Not a
 * label: a merge keeps the reader's, so another label alone adds nothing to write.
 */
export function addsSomething(mine: SavedClaim, theirs: SavedClaim): boolean {
  return (
    (theirs.note.trim() !== '' && !mine.note.includes(theirs.note.trim())) ||
    missing(theirs.tags, mine.tags).length > 0 ||
    missing(theirs.entities, mine.entities).length > 0
  );
}

/**
 * The reader's claim with the file's added: their note after the reader's (a blank line
 * between), their tags and entities after the reader's. The reader's id, page, quote, label,
 * author and dates stay; `updated` is now, so team sync shares the merge. Undefined when the
 * result would not be a valid claim (a note or tag list over the limits): the caller then
 * imports the file's claim as a claim of its own rather than cut anything.
 */
export function mergeInto(mine: SavedClaim, theirs: SavedClaim, now: string): SavedClaim | undefined {
  const note = theirs.note.trim();
  const merged = {
    ...mine,
    note:
      note === '' || mine.note.includes(note)
        ? mine.note
        : mine.note.trim()
          ? `${mine.note.trimEnd()}\n\n${note}`
          : note,
    tags: [...mine.tags, ...missing(theirs.tags, mine.tags)],
    entities: [...mine.entities, ...missing(theirs.entities, mine.entities)],
    updated: now > mine.updated ? now : mine.updated,
  };
  const checked = savedClaimSchema.safeParse(merged);
  return checked.success ? checked.data : undefined;
}
