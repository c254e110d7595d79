/**
 * The preview before an import writes anything (`plan-shape.ts`): new, updated, unchanged and
 * older claims (an import never undoes the reader's later edit, nor replaces a claim with
 * another under the same id), invalid items with the JSON path of each problem, and the file's
 * claims on a passage the reader already has under another id, skipped or merged into the
 * reader's claim as the reader chooses (`same-passage.ts`); relations follow them.
 *
 * `ImportPlanner` takes the file's claims a batch at a time, so an import of any size is
 * planned without holding its claims: it keeps their ids (to find the same id twice and the
 * ends of relations), and whole only the few claims merging
 * involves (the reader's claims merged into, and the file's claims merged into them).
 * Relations are planned one by one after the last claim.
 */
import { relationId, type ClaimRelation, type SavedClaim } from '../claims/schema';
import type { Issue } from '../result';
import { relationVerdict } from './plan-relation';
import { PreviewTally } from './plan-tally';
import { CLAIM_DELETED_MEANWHILE } from './recheck';
import type { ReadResult } from './read';
import { addsSomething, isSamePassage, mergeInto, type SamePassageChoice } from './same-passage';
import { canonical, marking, TOO_LONG, type ImportPreview, type PlannedClaim } from './plan-shape';
import {
  changedMessage,
  relationChangedMessage,
  uncounted,
  type ChangedMeanwhile,
  type RelationChangedMeanwhile,
} from './recheck';

type Counts = ImportPreview['counts'];

export { MAX_PROBLEMS, type ImportPlan, type ImportPreview, type PlannedClaim } from './plan-shape';

/** Plans an import batch by batch; `preview` sums it up. */
export class ImportPlanner {
  /** Ids of the file's claims so far. */
  readonly seen = new Set<string>();
  /**
   * Ids of the claims and relations the reader deleted since the import began (told by the
   * background as they are deleted): relations to them, or the same, are not brought back.
   */
  readonly deleted = new Set<string>();
  /** What the preview says: counts, problem lines, authors (`plan-tally.ts`). */
  private readonly tally = new PreviewTally();
  private readonly counts = this.tally.counts;
  /** A file claim's id → the reader's claim on the same passage, so the file's relations follow it. */
  private readonly aliases = new Map<string, string>();
  /** The reader's claims that file claims were found to repeat. */
  private readonly mine = new Set<string>();
  /** The reader's claims as merged so far, so a second file claim on one passage adds to the first's merge. */
  private readonly merged = new Map<string, SavedClaim>();
  /**
   * The file's claims merged into each of the reader's (few: only when merging), so a newer
   * version of the reader's claim later in the file can take them again rather than lose them.
   */
  private readonly contributions = new Map<string, SavedClaim[]>();
  /** For each of the reader's claims merged into: its `updated` when first planned (what the commit checks). */
  private readonly bases = new Map<string, string>();
  /** The file's newer versions of the reader's claims that file claims were merged into again. */
  private readonly newer = new Map<string, SavedClaim>();
  /** Ids of the file's claims planned as updating a stored claim (what a later merge must not overwrite). */
  private readonly updatedIds = new Set<string>();

  constructor(
    private readonly choice: SamePassageChoice = 'skip',
    private readonly now = () => new Date().toISOString(),
  ) {}

  private problem(issue: Issue) {
    this.tally.problem(issue);
  }

  /** Items of the file that could not be read. */
  invalid(items: ReadResult['invalid']): void {
    this.counts.invalid += items.length;
    for (const item of items) for (const issue of item.issues) this.problem(issue);
  }

  /**
   * A batch of the file's claims against the stored claims with the same ids, and (`samePage`)
   * the stored claims on the pages of those new by id; those to write.
   */
  claims(
    batch: readonly SavedClaim[],
    existing: ReadonlyMap<string, SavedClaim>,
    samePage: ReadonlyMap<string, readonly SavedClaim[]> = new Map(),
  ): PlannedClaim[] {
    const write: PlannedClaim[] = [];
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
      this.tally.author(claim.author);
      const old = existing.get(claim.id);
      if (!old && this.deleted.has(claim.id)) {
        // The reader deleted it after the import began but before the file reached it: new to
        // the store now, yet theirs to keep deleted, as one deleted after planning (recheck.ts).
        this.counts.changed++;
        this.problem({ path: `claims (id ${claim.id})`, message: CLAIM_DELETED_MEANWHILE });
        continue;
      }
      const mine = old ? undefined : samePage.get(claim.url)?.find((c) => isSamePassage(c, claim));
      if (mine) {
        const merge = this.samePassage(mine, claim);
        if (merge) write.push(merge);
        continue;
      }
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
      } else {
        this.counts.updated++;
        this.updatedIds.add(claim.id);
        // Claims merged earlier into the stored version: merged again into this newer one.
        if (this.merged.has(claim.id)) {
          write.push(...this.remerge(claim, old.updated));
          continue;
        }
      }
      write.push({ claim, base: old?.updated });
    }
    return write;
  }

  /**
   * A file's claim on a passage the reader has (`mine`): counted, and when merging and it adds
   * something, the reader's claim with it merged in (undefined: nothing to write).
   */
  private samePassage(mine: SavedClaim, claim: SavedClaim): PlannedClaim | undefined {
    this.counts.samePassage++;
    this.aliases.set(claim.id, mine.id);
    this.mine.add(mine.id);
    const base = this.merged.get(mine.id) ?? mine;
    if (!addsSomething(base, claim)) {
      this.labelNotice(base, claim);
      return undefined;
    }
    this.counts.samePassageAdding++;
    if (this.choice === 'skip') {
      // What merging would do, for the preview (which skips).
      if (this.updatedIds.has(mine.id) || !mergeInto(base, claim, this.now())) this.counts.samePassageOwn++;
      return undefined;
    }
    if (this.updatedIds.has(mine.id)) {
      // The file's newer version of the reader's claim is already planned, and not held here:
      // merging into the stored one would overwrite it, so this one comes in whole.
      return this.asOwn(
        claim,
        'is a passage you have, whose newer version is also in this file; imported as a claim of its own rather than merged',
      );
    }
    const merged = mergeInto(base, claim, this.now());
    if (!merged) return this.asOwn(claim, TOO_LONG);
    if (canonical({ ...merged, updated: base.updated }) === canonical(base)) {
      // Nothing new after all: writing would only move `updated` (and team sync send it).
      this.counts.samePassageAdding--;
      return undefined;
    }
    this.labelNotice(base, claim);
    this.merged.set(mine.id, merged);
    this.contributions.set(mine.id, [...(this.contributions.get(mine.id) ?? []), claim]);
    if (!this.bases.has(mine.id)) this.bases.set(mine.id, mine.updated);
    return this.plannedMerge(mine.id);
  }

  /** The merge planned so far into one of the reader's claims, with what the commit needs to redo it. */
  private plannedMerge(id: string): PlannedClaim {
    return {
      claim: this.merged.get(id)!,
      base: this.bases.get(id),
      merged: this.contributions.get(id) ?? [],
      file: this.newer.get(id),
    };
  }

  /** Merging keeps the reader's label: said once per file claim labelled otherwise. */
  private labelNotice(base: SavedClaim, claim: SavedClaim) {
    if (this.choice === 'merge' && claim.label !== base.label)
      this.problem({
        path: `claims (id ${claim.id})`,
        message: `is labelled ${claim.label} in the file; merged into your claim on the same passage, which keeps your label (${base.label})`,
      });
  }

  /** A file's claim on a passage the reader has, imported whole as its own claim after all. */
  private asOwn(claim: SavedClaim, message: string): PlannedClaim {
    this.aliases.delete(claim.id);
    this.counts.samePassage--;
    this.counts.samePassageAdding--;
    this.counts.new++;
    this.problem({ path: `claims (id ${claim.id})`, message });
    return { claim };
  }

  /**
   * The file's newer version of a reader's claim that file claims were merged into: those merged
   * into it again (what to write: the merge last, so it wins over the earlier one under its id).
   */
  private remerge(newer: SavedClaim, stored: string): PlannedClaim[] {
    const own: PlannedClaim[] = [];
    const kept: SavedClaim[] = [];
    let base = newer;
    for (const claim of this.contributions.get(newer.id) ?? []) {
      const merged = mergeInto(base, claim, this.now());
      if (merged) {
        base = merged;
        kept.push(claim);
      } else own.push(this.asOwn(claim, TOO_LONG));
    }
    // Only those merged: one imported as its own claim, if still listed, would be merged again
    // by the commit (`recheck`) and counted as merged.
    this.contributions.set(newer.id, kept);
    this.merged.set(newer.id, base);
    this.newer.set(newer.id, newer);
    if (!this.bases.has(newer.id)) this.bases.set(newer.id, stored);
    return [...own, this.plannedMerge(newer.id)];
  }

  /**
   * Claims and relations the commit found the reader changed since planned (`recheck.ts`):
   * recounted, each a problem.
   */
  changedMeanwhile(
    changes: readonly ChangedMeanwhile[],
    relations: readonly RelationChangedMeanwhile[] = [],
  ): void {
    for (const change of changes) {
      for (const [key, n] of Object.entries(uncounted(change))) this.counts[key as keyof Counts] -= n;
      this.problem({ path: `claims (id ${change.id})`, message: changedMessage(change) });
    }
    this.counts.relations -= relations.length;
    for (const { id, what, quiet } of relations)
      if (!quiet) this.problem({ path: `relations (id ${id})`, message: relationChangedMessage(what) });
  }

  /**
   * A relation with its ends moved from skipped or merged file claims to the reader's; what
   * `relation` plans and what is written (the planner has seen every claim by then).
   */
  follow(r: ClaimRelation): ClaimRelation {
    const end = (ref: ClaimRelation['from']) =>
      ref.kind === 'saved' && this.aliases.has(ref.id) ? { ...ref, id: this.aliases.get(ref.id)! } : ref;
    const [from, to] = [end(r.from), end(r.to)];
    return from === r.from && to === r.to ? r : { ...r, from, to, id: relationId(from, to) };
  }

  /** One of the file's relations, once every claim is planned: whether to write it (`plan-relation.ts`). */
  relation(
    r: ClaimRelation,
    index: number,
    stored: (id: string) => boolean,
    existing: ReadonlyMap<string, ClaimRelation>,
    moved = false,
    earlier = false,
  ): boolean {
    // An end moved to the reader's claim (`follow`) was found stored while planning.
    const known = (id: string) => this.seen.has(id) || this.mine.has(id) || stored(id);
    const verdict = relationVerdict(r, index, known, existing, moved, earlier, (id) => this.deleted.has(id));
    if (verdict.invalid) this.counts.invalid++;
    if (verdict.problem) this.problem(verdict.problem);
    if (verdict.write) this.counts.relations++;
    return verdict.write;
  }

  preview(read: Pick<ReadResult, 'format' | 'notes' | 'settings'>): ImportPreview {
    return this.tally.preview(read, this.choice);
  }
}
