/**
 * The background's service for saved claims: the store, search, imports and the compare view,
 * with the search index rebuilt lazily after any change it makes. Imports run through it too,
 * so what they write is searched at once without any other module clearing its cache.
 */
import type { BackstoryDb } from '../db/object-stores';
import type { KbService } from '../kb/service';
import { fromStoredEntity } from '../kb/records';
import { createImportSessions } from './import-sessions';
import { claimsWithNoteDrafts, getNoteDraft, keepNoteDraft } from './note-drafts';
import * as store from './store';
import {
  alignColumns,
  focusFirst,
  kbItem,
  relationsFor,
  savedItem,
  type CompareData,
  type CompareItem,
  type CompareTarget,
} from '../../claims/compare';
import { kbPhraseTable } from '../../echo/kb-phrases';
import { textSimilarity } from '../../echo/similarity';
import type { PhraseTable } from '../../echo/terms';
import { RequestError } from '../../result';
import {
  buildClaimIndex,
  facetsOf,
  queryClaims,
  type ClaimIndex,
  type ClaimList,
  type ClaimQuery,
} from '../../claims/query';
import type {
  ClaimPatch,
  ClaimRef,
  ClaimRelation,
  ClaimsRead,
  DeletedClaim,
  SavedClaim,
} from '../../claims/schema';

/** Most actors and events one saved claim's compare view reaches into. */
const MAX_COMPARE_ENTITIES = 4;

export type ClaimsService = ReturnType<typeof createClaimsService>;

export function createClaimsService({
  getDb,
  kb,
  draftsChanged = () => undefined,
}: {
  getDb: () => Promise<BackstoryDb>;
  kb: KbService;
  /** Called after a note draft is kept or dropped (the side panel's cards say "Draft"). */
  draftsChanged?: () => void;
}) {
  let cache: Promise<{ read: ClaimsRead; index: ClaimIndex }> | undefined;
  const all = () => {
    cache ??= getDb()
      .then(store.listClaims)
      .then((read) => ({ read, index: buildClaimIndex(read.claims) }))
      .catch((error: unknown) => {
        cache = undefined;
        throw error;
      });
    return cache;
  };
  let phrases: Promise<PhraseTable> | undefined;
  const phraseTable = () => {
    phrases ??= getDb()
      .then((db) => db.getAll('entities'))
      .then((entities) => kbPhraseTable(entities.map(fromStoredEntity)))
      .catch((error: unknown) => {
        phrases = undefined;
        throw error;
      });
    return phrases;
  };
  const changed = <T>(value: T): T => {
    cache = undefined;
    return value;
  };
  const imports = createImportSessions({
    getDb,
    invalidate: () => {
      cache = undefined;
    },
  });

  return {
    /** Forget cached search data after team sync wrote the claims it received. */
    invalidate: () => {
      cache = undefined;
    },
    /** An import in progress (`import-sessions.ts`); what it writes is searched at once. */
    startImport: imports.start,
    save: async (claim: SavedClaim, mayReplace?: (existing: SavedClaim) => void) =>
      changed(await store.saveClaim(await getDb(), claim, mayReplace)),
    /** A claim a page marked: added, or the one stored under its id returned unchanged. */
    add: async (claim: SavedClaim, mayKeep: (existing: SavedClaim) => void) => {
      const result = await store.addClaim(await getDb(), claim, mayKeep);
      return result.added ? changed(result) : result;
    },
    get: async (id: string) => store.getClaim(await getDb(), id),
    update: async (id: string, patch: ClaimPatch) =>
      changed(await store.updateClaim(await getDb(), id, patch)),
    /** A note too long to save, kept whole for the claim form (note-drafts.ts). */
    noteDraft: async (id: string) => getNoteDraft(await getDb(), id),
    withNoteDrafts: async () => claimsWithNoteDrafts(await getDb()),
    keepNoteDraft: async (id: string, note: string | null) => {
      await keepNoteDraft(await getDb(), id, note);
      draftsChanged();
    },
    remove: async (id: string) => {
      // Told first: an import planning its relations meanwhile must not see it gone yet unknown.
      imports.deleting([id]);
      return changed(await store.deleteClaim(await getDb(), id));
    },
    restore: async (deleted: DeletedClaim) => changed(await store.restoreClaim(await getDb(), deleted)),
    forPage: async (url: string, seenUrl: string) =>
      (await store.claimsForPage(await getDb(), url, seenUrl)).claims,
    countAbout: async (entity: string) => store.countClaimsAbout(await getDb(), entity),

    list: async (query: ClaimQuery): Promise<ClaimList> => {
      const { read, index } = await all();
      return {
        claims: queryClaims(read.claims, index, query),
        total: read.claims.length,
        facets: facetsOf(read.claims),
        unreadable: read.unreadable,
      };
    },

    compare: async (target: CompareTarget): Promise<CompareData> => {
      const db = await getDb();
      const focus = target.claim ? await store.getClaim(db, target.claim) : undefined;
      if (target.claim && !focus) throw new RequestError('not-found', 'That claim no longer exists');
      const entities = (target.entity ? [target.entity] : (focus?.entities ?? [])).slice(
        0,
        MAX_COMPARE_ENTITIES,
      );
      const [cards, saved, relations, table] = await Promise.all([
        Promise.all(entities.map((e) => kb.card(e))),
        Promise.all(entities.map((e) => store.claimsAbout(db, e))),
        store.listRelations(db),
        phraseTable(),
      ]);
      const yours = new Map<string, CompareItem>();
      if (focus) yours.set(focus.id, savedItem(focus));
      for (const read of saved) for (const c of read.claims) yours.set(c.id, savedItem(c));
      const elsewhere = new Map<string, CompareItem>();
      for (const card of cards) for (const c of card.claims) elsewhere.set(c.id, kbItem(c));
      if (target.passage) {
        const site = new URL(target.passage.url).hostname.replace(/^www\./, '');
        elsewhere.set('passage', {
          ref: null,
          text: target.passage.text,
          date: new Date().toISOString().slice(0, 10),
          site,
          by: `${site}, the page you are reading`,
          url: target.passage.url,
          entities: [],
        });
      }
      const rows = focusFirst(
        alignColumns([...yours.values()], [...elsewhere.values()], (a, b) => textSimilarity(a, b, table)),
        focus?.id,
      );
      const labels = cards.map((c) => ({ id: c.entity.id, label: c.entity.label }));
      return {
        title: focus ? 'Your claim' : (labels[0]?.label ?? ''),
        entities: labels,
        focus: focus?.id,
        rows,
        relations: relationsFor(relations, rows),
      };
    },

    relate: async (from: ClaimRef, to: ClaimRef, relation: ClaimRelation['relation']) =>
      store.setRelation(await getDb(), from, to, relation),
    unrelate: async (id: string) => {
      imports.deleting([id]);
      await store.removeRelation(await getDb(), id);
    },
  };
}
