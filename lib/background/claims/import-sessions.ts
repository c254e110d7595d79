/**
 * An import in the background, as the file's text arrives in pieces. Each claim is checked as
 * soon as it is complete and planned a batch at a time against the stored claims with the same
 * ids; when writing, the claims to write wait in the staging store (`import-staging.ts`)
 * and are moved into the library in one transaction at the end. The file's relations wait
 * there too, in preview as well, until the last claim is read and they can be planned. Memory
 * therefore grows with the number of claims only by their ids (and with the relations by a
 * byte each), never with the claims or relations themselves, except the few a merge involves
 * (the reader's claims merged into and the file's claims merged into them); the library
 * changes all at once or not at all. The commit looks at each claim again as stored then, so an
 * edit or delete the reader made while the file was read is not overwritten (`recheck.ts`); and
 * the background tells the running imports what the reader deletes (`deleting`), so a relation
 * planned after the reader deleted it, or one of its claims, is not brought back either.
 */
import type { BackstoryDb } from '../db/object-stores';
import type { SavedClaim } from '../../claims/schema';
import { ImportPlanner, type ImportPreview } from '../../import/plan';
import type { SamePassageChoice } from '../../import/same-passage';
import { ImportReader } from '../../import/read';
import {
  commitStaged,
  dropStaging,
  dropStaleStaging,
  planStagedRelations,
  stageClaims,
  stageRelations,
} from './import-staging';

/** An import in progress: push the file's text, then finish (preview or write) or abandon it. */
export interface ImportSession {
  push(text: string): Promise<void>;
  /** Ends the file; when writing, writes it. What the import holds (or held). */
  finish(includeSettings: boolean): Promise<ImportPreview>;
  /** The file will not be finished (the page went away, the file was refused). */
  abandon(): Promise<void>;
}

/** Stored claims with these ids, by id. */
async function storedClaims(db: BackstoryDb, ids: readonly string[]): Promise<Map<string, SavedClaim>> {
  const tx = db.transaction('savedClaims', 'readonly');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return new Map(found.filter((c) => c !== undefined).map((c) => [c.id, c]));
}

/** Stored claims on these pages (canonical addresses), by page: where a same passage would be. */
async function claimsOnPages(db: BackstoryDb, urls: readonly string[]): Promise<Map<string, SavedClaim[]>> {
  const index = db.transaction('savedClaims', 'readonly').store.index('url');
  const found = await Promise.all(urls.map(async (url) => [url, await index.getAll(url)] as const));
  return new Map(found.filter(([, claims]) => claims.length > 0));
}

export function createImportSessions(deps: { getDb: () => Promise<BackstoryDb>; invalidate: () => void }) {
  /** Sessions of the imports running now; any other staged session is left over. */
  const live = new Set<string>();
  /** The planners of the imports running now, told what the reader deletes meanwhile. */
  const planners = new Set<ImportPlanner>();

  return {
    /**
     * Tells the imports running now that the reader is deleting these claims and relations (by
     * id), so none brings them back (called before the delete, so no import can miss it).
     */
    deleting(ids: readonly string[]): void {
      for (const planner of planners) for (const id of ids) planner.deleted.add(id);
    },

    start(mode: 'preview' | 'apply', samePassage: SamePassageChoice = 'skip'): ImportSession {
      const write = mode === 'apply';
      const session = crypto.randomUUID();
      // A preview stages too (its relations), so it is live until it ends.
      live.add(session);
      const reader = new ImportReader();
      const planner = new ImportPlanner(samePassage);
      planners.add(planner);
      let relations = 0;
      let ready: Promise<void> | undefined;
      let ended = false;

      const prepare = async () => {
        // Claims staged by no running import were left by one that never committed.
        if (write) await dropStaleStaging(await deps.getDb(), live);
      };
      /** Plans (and, when writing, stages) what the reader has read since last time. */
      const take = async (read: ReturnType<ImportReader['drain']>) => {
        await (ready ??= prepare());
        planner.invalid(read.invalid);
        const db = await deps.getDb();
        await stageRelations(db, session, relations, read.relations);
        relations += read.relations.length;
        if (read.claims.length === 0) return;
        const existing = await storedClaims(db, [...new Set(read.claims.map((c) => c.id))]);
        const pages = new Set(read.claims.filter((c) => !existing.has(c.id)).map((c) => c.url));
        const changed = planner.claims(read.claims, existing, await claimsOnPages(db, [...pages]));
        if (write) await stageClaims(db, session, changed);
      };
      /** Ends the session; `committed` when the staging store was emptied by the commit. */
      const end = async (committed = false) => {
        if (ended) return;
        ended = true;
        live.delete(session);
        planners.delete(planner);
        if (!committed) await dropStaging(await deps.getDb(), session).catch(() => undefined);
      };

      return {
        push: async (text) => {
          try {
            reader.push(text);
            await take(reader.drain());
          } catch (error) {
            await end();
            throw error;
          }
        },
        finish: async (includeSettings) => {
          try {
            const rest = reader.finish();
            await take(rest);
            const db = await deps.getDb();
            const chosen = await planStagedRelations(db, session, relations, planner);
            if (write) {
              const settings = includeSettings ? rest.settings : undefined;
              const changed = await commitStaged(
                db,
                session,
                (index) => chosen[index] === 1,
                settings,
                (r) => planner.follow(r),
                (id) => planner.deleted.has(id),
              );
              planner.changedMeanwhile(changed.claims, changed.relations);
              await end(true);
              deps.invalidate();
            }
            return planner.preview(rest);
          } finally {
            await end();
          }
        },
        abandon: () => end(),
      };
    },
  };
}
