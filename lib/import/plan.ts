/**
 * The preview before an import writes anything: how many claims are new, how many would update
 * a stored claim, how many are unchanged (ids are stable, so importing the same file twice
 * changes nothing), how many are older than the saved version (which is kept: an import never
 * undoes the reader's later edit, nor replaces a claim with another under the same id), and
 * every invalid item with the JSON path of each problem.
 *
 * `ImportPlanner` takes the file's claims a batch at a time, so an import of any size is
 * planned without holding its claims: it keeps only their ids (to find the same id twice and
 * the ends of relations). Relations are planned one by one after the last claim.
 */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import type { Issue } from '../result';
import { quotedText, visibleText } from '../visible-text';
import type { ReadResult } from './read';

export interface ImportPreview {
  format: ReadResult['format'];
  counts: {
    new: number;
    updated: number;
    unchanged: number;
    /** Older versions of saved claims (edited since): the saved version is kept. */
    kept: number;
    invalid: number;
    relations: number;
  };
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

/**
 * What marking a claim fixed: its page and quote, which no edit changes (the reader edits only
 * the note, tags, label and linked entities). A file's claim that differs from the saved one
 * here is another claim under the same id, never a newer version of it.
 */
const marking = (claim: SavedClaim) => ({
  url: claim.url,
  seenUrl: claim.seenUrl,
  page: claim.page,
  selectors: claim.selectors,
  pageTextHash: claim.pageTextHash,
  created: claim.created,
});

/** Plans an import batch by batch; `preview` sums it up. */
export class ImportPlanner {
  /** Ids of the file's claims so far. */
  readonly seen = new Set<string>();
  private readonly counts = { new: 0, updated: 0, unchanged: 0, kept: 0, invalid: 0, relations: 0 };
  private readonly problems: Issue[] = [];

  /** Problems quote the file's own text (keys, ids): shown without what hides or reorders it. */
  private problem(issue: Issue) {
    if (this.problems.length < MAX_PROBLEMS)
      this.problems.push({ path: visibleText(issue.path, 300), message: visibleText(issue.message, 300) });
  }

  /** Items of the file that could not be read. */
  invalid(items: ReadResult['invalid']): void {
    this.counts.invalid += items.length;
    for (const item of items) for (const issue of item.issues) this.problem(issue);
  }

  /** A batch of the file's claims against the stored claims with the same ids; those to write. */
  claims(batch: readonly SavedClaim[], existing: ReadonlyMap<string, SavedClaim>): SavedClaim[] {
    const write: SavedClaim[] = [];
    for (const claim of batch) {
      if (this.seen.has(claim.id)) {
        this.counts.invalid++;
        this.problem({
          path: `claims (id ${claim.id})`,
          message: 'the same claim id appears twice in the file',
        });
        continue;
      }
      this.seen.add(claim.id);
      const old = existing.get(claim.id);
      if (!old) this.counts.new++;
      else if (canonical(old) === canonical(claim)) {
        this.counts.unchanged++;
        continue;
      } else if (canonical(marking(old)) !== canonical(marking(claim))) {
        // Not a version of the saved claim but another claim under its id (a damaged or
        // hostile file): writing it would lose the reader's claim.
        this.counts.invalid++;
        this.problem({
          path: `claims (id ${claim.id})`,
          message:
            'another claim (a different page or quote) is saved under this id; yours was kept and this one not imported',
        });
        continue;
      } else if (Date.parse(claim.updated) <= Date.parse(old.updated)) {
        // An older version of the claim (an old backup): the reader's later edit wins.
        this.counts.kept++;
        this.problem({
          path: `claims (id ${claim.id})`,
          message: `is not newer than your saved version (edited ${old.updated.slice(0, 10)}), which was kept`,
        });
        continue;
      } else this.counts.updated++;
      write.push(claim);
    }
    return write;
  }

  /**
   * One of the file's relations (the `index`th), once every claim is planned: whether to write
   * it. One whose saved end is neither in the file nor stored (`stored`) is invalid; one already
   * stored as it is (`existing`, read before any of the file is written), skipped.
   */
  relation(
    r: ClaimRelation,
    index: number,
    stored: (id: string) => boolean,
    existing: ReadonlyMap<string, ClaimRelation>,
  ): boolean {
    const dangling = [r.from, r.to].find(
      (end) => end.kind === 'saved' && !this.seen.has(end.id) && !stored(end.id),
    );
    if (dangling) {
      this.counts.invalid++;
      this.problem({
        path: `relations[${index}]`,
        message: `refers to claim ${quotedText(dangling.id, 140)}, which is neither in the file nor saved`,
      });
      return false;
    }
    const old = existing.get(r.id);
    if (old && canonical(old) === canonical(r)) return false;
    this.counts.relations++;
    return true;
  }

  /** All of the file's relations at once (`relation` for each): those to write. */
  relations(
    relations: readonly ClaimRelation[],
    stored: (id: string) => boolean,
    existing: ReadonlyMap<string, ClaimRelation>,
  ): ClaimRelation[] {
    return relations.filter((r, i) => this.relation(r, i, stored, existing));
  }

  preview(read: Pick<ReadResult, 'format' | 'notes' | 'settings'>): ImportPreview {
    return {
      format: read.format,
      counts: { ...this.counts },
      problems: [...read.notes, ...this.problems].slice(0, MAX_PROBLEMS),
      hasSettings: read.settings !== undefined,
    };
  }
}

/** Plans a whole file read at once against everything stored with the same ids. */
export function planImport(
  read: ReadResult,
  existing: ReadonlyMap<string, SavedClaim>,
  existingRelations: ReadonlyMap<string, ClaimRelation>,
): ImportPlan {
  const planner = new ImportPlanner();
  planner.invalid(read.invalid);
  const write = planner.claims(read.claims, existing);
  const relations = planner.relations(read.relations, (id) => existing.has(id), existingRelations);
  return { write, relations, preview: planner.preview(read) };
}
