/**
 * The background's knowledge-base service: keeps the bundled seed pack installed, answers
 * queries, and imports and removes knowledge packs. One instance per service-worker lifetime.
 */
import { plural } from '../../plural';
import type { BackstoryDb } from '../db/object-stores';
import { referencedByOtherPacks } from './dependents';
import {
  ensureBundledPack,
  hashPack,
  installedIds,
  installPack,
  listPacks,
  removePack,
  type PackState,
} from './pack-store';
import { getEntityCard, getSource, getTimeline, DamagedKbError } from './queries';
import { fromStoredEntity } from './records';
import { ImportError } from '../../import/errors';
import type { EntityCard, EventRef } from '../../kb/card';
import { PackReader } from '../../kb/read-pack';
import type { EntityKind, KnowledgePack, PackInstalled, Source, StoredPack } from '../../kb/schema';
import { buildSearchIndex, searchKb, type KbSearchIndex, type SearchHit } from '../../kb/search';
import { validatePack } from '../../kb/validate-pack';
import { compileDictionary } from '../../match/compile-dictionary';
import { aliasSpecsFromEntities, type MatchEntity } from '../../match/from-kb';
import { serializeDictionary, type SerializedDictionary } from '../../match/serialize';
import { splitMatcher, type MatcherManifest, type SplitMatcher } from '../../match/transfer';
import { RequestError } from '../../result';

/** What a content script needs to find mentions: the entities and the compiled aliases. */
export interface MatcherPayload {
  /** Changes whenever the installed packs change, so pages can tell a stale matcher. */
  version: string;
  entities: MatchEntity[];
  dictionary: SerializedDictionary;
}

export interface KbServiceDeps {
  getDb: () => Promise<BackstoryDb>;
  /** The pack bundled with the extension (the seed knowledge base). */
  loadBundledPack: () => KnowledgePack | Promise<KnowledgePack>;
}

export type KbService = ReturnType<typeof createKbService>;

export function createKbService({ getDb, loadBundledPack }: KbServiceDeps) {
  let ready: Promise<PackState> | undefined;
  let index: Promise<KbSearchIndex> | undefined;
  let matcher: Promise<MatcherPayload> | undefined;
  let split: Promise<SplitMatcher> | undefined;
  /** Drops everything derived from the installed packs. */
  const invalidate = () => {
    index = undefined;
    matcher = undefined;
    split = undefined;
  };

  const compileMatcher = (): Promise<MatcherPayload> => {
    matcher ??= read(async (db) => {
      const [stored, packs] = await Promise.all([db.getAll('entities'), listPacks(db)]);
      const { entities, aliases } = aliasSpecsFromEntities(stored.map(fromStoredEntity));
      const version = packs.map((p) => `${p.id}@${p.hash.slice(0, 12)}`).join(',');
      return { version, entities, dictionary: serializeDictionary(compileDictionary(aliases)) };
    }).catch((error: unknown) => {
      matcher = undefined;
      throw error;
    });
    return matcher;
  };
  const matcherPieces = (): Promise<SplitMatcher> => {
    split ??= compileMatcher()
      .then(({ version, dictionary, entities }) => splitMatcher(version, dictionary, entities))
      .catch((error: unknown) => {
        split = undefined;
        throw error;
      });
    return split;
  };

  const installBundled = async (force: boolean): Promise<PackState> => {
    const db = await getDb();
    const pack = await loadBundledPack();
    const hash = await hashPack(pack);
    if (force) {
      await installPack(db, pack, { builtin: true, hash });
      return 'damaged';
    }
    return ensureBundledPack(db, pack, hash);
  };

  /** Makes sure the seed pack is installed, once per service-worker lifetime. */
  const ensure = (): Promise<PackState> => {
    ready ??= installBundled(false).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  /** Runs a read; if it finds damaged records, rebuilds the seed pack from the bundle and retries once. */
  const read = async <T>(query: (db: BackstoryDb) => Promise<T>): Promise<T> => {
    await ensure();
    const db = await getDb();
    try {
      return await query(db);
    } catch (error) {
      if (!(error instanceof DamagedKbError)) throw error;
      console.warn('Backstory: rebuilding the knowledge base:', error.message);
      await installBundled(true);
      invalidate();
      return query(db);
    }
  };

  const searchIndex = () => {
    index ??= read(async (db) => {
      const [entities, claims] = await Promise.all([db.getAll('entities'), db.getAll('kbClaims')]);
      return buildSearchIndex(entities.map(fromStoredEntity), claims);
    }).catch((error: unknown) => {
      index = undefined;
      throw error;
    });
    return index;
  };

  return {
    ensure,
    card: (id: string): Promise<EntityCard> => read((db) => getEntityCard(db, id)),
    timeline: (): Promise<EventRef[]> => read(getTimeline),
    source: (id: string): Promise<Source> => read((db) => getSource(db, id)),
    packs: (): Promise<StoredPack[]> => read(listPacks),
    search: async (query: string, limit?: number): Promise<SearchHit[]> =>
      searchKb(await searchIndex(), query, limit),

    /** Label and kind of the given entities (unknown ids are left out). */
    describe: (ids: string[]): Promise<Record<string, { label: string; kind: EntityKind }>> =>
      read(async (db) => {
        const tx = db.transaction('entities', 'readonly');
        const found = await Promise.all(ids.map((id) => tx.store.get(id)));
        return Object.fromEntries(
          found.filter((e) => e !== undefined).map((e) => [e.id, { label: e.label, kind: e.kind }]),
        );
      }),

    /** The compiled matcher, built once per set of installed packs. */
    matcher: compileMatcher,

    /** How the matcher is cut into pieces for pages (see lib/match/transfer.ts). */
    matcherManifest: async (): Promise<MatcherManifest> => (await matcherPieces()).manifest,

    /** One piece of the matcher; refused once the packs changed, so a page never mixes versions. */
    matcherPiece: async (wanted: string, at: number): Promise<string> => {
      const { manifest, pieces } = await matcherPieces();
      if (manifest.version !== wanted)
        throw new RequestError('not-found', 'The knowledge packs changed while the page loaded them');
      const piece = pieces[at];
      if (piece === undefined) throw new RequestError('not-found', `There is no matcher piece ${at}`);
      return piece;
    },

    /** Validates a pack file's text and installs it, or throws with every located problem. */
    importPack: async (text: string): Promise<PackInstalled> => {
      const reader = new PackReader();
      let raw: unknown;
      try {
        reader.push(text);
        raw = reader.finish();
      } catch (error) {
        if (error instanceof ImportError) throw new RequestError('invalid-data', error.message, error.issues);
        throw error;
      }
      return installParsed(raw);
    },

    /** Validates a pack already read (`PackReader`) and installs it. */
    installParsed: (raw: unknown) => installParsed(raw),

    removePack: async (id: string): Promise<void> => {
      await ensure();
      const db = await getDb();
      const dependents = await referencedByOtherPacks(db, id);
      if (dependents.size > 0) {
        throw new RequestError(
          'forbidden',
          `Other packs refer to this pack's entities (${[...dependents].join(', ')}); remove them first`,
        );
      }
      await removePack(db, id);
      invalidate();
    },
  };

  async function installParsed(raw: unknown): Promise<PackInstalled> {
    await ensure();
    const db = await getDb();
    const id = (raw as { pack?: { id?: unknown } } | null)?.pack?.id;
    const existing = typeof id === 'string' ? (await listPacks(db)).find((p) => p.id === id) : undefined;
    if (existing?.builtin) {
      throw new RequestError(
        'invalid-data',
        `The pack id "${existing.id}" belongs to the bundled knowledge base`,
        [{ path: 'pack.id', message: `"${existing.id}" is reserved for the bundled pack` }],
      );
    }
    const result = validatePack(raw, await installedIds(db, existing?.id));
    if (!result.ok) {
      throw new RequestError(
        'invalid-data',
        `The pack has ${plural(result.issues.length, 'problem')}, listed below; fix them and import it again.`,
        result.issues,
      );
    }
    if (existing) {
      const kept = new Set(result.pack.entities.map((e) => e.id));
      const lost = [...(await referencedByOtherPacks(db, existing.id))].filter((e) => !kept.has(e));
      if (lost.length > 0) {
        throw new RequestError(
          'invalid-data',
          `Other packs refer to entities this version drops: ${lost.join(', ')}`,
          [{ path: 'entities', message: `must still define ${lost.join(', ')}` }],
        );
      }
    }
    const pack = await installPack(db, result.pack, { builtin: false, hash: await hashPack(result.pack) });
    invalidate();
    return { pack, replaced: existing !== undefined, warnings: result.warnings };
  }
}
