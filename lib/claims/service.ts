/**
 * The background's service for saved claims: the store, search, and the compare view, with the
 * search index rebuilt lazily after any change.
 */
import type { BackstoryDb } from '../db/open';
import type { KbService } from '../kb/service';
import { buildCompare, type CompareData } from './compare';
import {
  buildClaimIndex,
  facetsOf,
  queryClaims,
  type ClaimFacets,
  type ClaimIndex,
  type ClaimQuery,
} from './query';
import type { ClaimPatch, ClaimRef, ClaimRelation, SavedClaim } from './schema';
import * as store from './store';

export interface ClaimList {
  claims: SavedClaim[];
  total: number;
  facets: ClaimFacets;
  /** Ids of stored records that no longer validate (kept, shown as a warning). */
  unreadable: string[];
}

export type ClaimsService = ReturnType<typeof createClaimsService>;

export function createClaimsService({ getDb, kb }: { getDb: () => Promise<BackstoryDb>; kb: KbService }) {
  let cache: Promise<{ read: store.ClaimsRead; index: ClaimIndex }> | undefined;
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
  const changed = <T>(value: T): T => {
    cache = undefined;
    return value;
  };

  return {
    /** Forget cached search data after writes made elsewhere (imports). */
    invalidate: () => {
      cache = undefined;
    },
    save: async (claim: SavedClaim, mayReplace?: (existing: SavedClaim) => void) =>
      changed(await store.saveClaim(await getDb(), claim, mayReplace)),
    get: async (id: string) => store.getClaim(await getDb(), id),
    update: async (id: string, patch: ClaimPatch) =>
      changed(await store.updateClaim(await getDb(), id, patch)),
    remove: async (id: string) => changed(await store.deleteClaim(await getDb(), id)),
    restore: async (deleted: store.DeletedClaim) => changed(await store.restoreClaim(await getDb(), deleted)),
    forPage: async (url: string, seenUrl: string) =>
      (await store.claimsForPage(await getDb(), url, seenUrl)).claims,
    countAbout: async (entity: string) => (await store.claimsAbout(await getDb(), entity)).claims.length,

    list: async (query: ClaimQuery): Promise<ClaimList> => {
      const { read, index } = await all();
      return {
        claims: queryClaims(read.claims, index, query),
        total: read.claims.length,
        facets: facetsOf(read.claims),
        unreadable: read.unreadable,
      };
    },

    compare: async (entity: string): Promise<CompareData> => {
      const db = await getDb();
      const [card, saved, relations] = await Promise.all([
        kb.card(entity),
        store.claimsAbout(db, entity),
        store.listRelations(db),
      ]);
      return buildCompare(card, saved.claims, relations);
    },

    relate: async (from: ClaimRef, to: ClaimRef, relation: ClaimRelation['relation']) =>
      store.setRelation(await getDb(), from, to, relation),
    unrelate: async (id: string) => store.removeRelation(await getDb(), id),
  };
}
