/**
 * Team sync as the background's handlers see it: status, connecting and disconnecting,
 * conflicts and per-claim sharing. Browser APIs (fetch, permissions) come in through `deps`.
 */
import { RequestError } from '../../result';
import { sharingRuleSchema, syncConfigSchema, type ShareChoice, type SyncConfig } from '../../sync/config';
import { createCouchClient } from '../../sync/couch';
import { asFault } from '../../sync/faults';
import { counts, listConflicts, resolve, setChoice, sharingOf } from './conflicts';
import type { SyncPhase, SyncStatus } from '../../sync/status';
import { createSyncEngine, type SyncEngineDeps } from './engine';
import * as state from './state';

export interface SyncServiceDeps extends SyncEngineDeps {
  /** Gives up the host permission for a server (when the reader removes it). */
  dropPermission: (server: string) => Promise<void>;
}

export type SyncService = ReturnType<typeof createSyncService>;

const hostOf = (server: string) => new URL(server).host;

export function createSyncService(deps: SyncServiceDeps) {
  const engine = createSyncEngine(deps);
  const db = () => deps.getDb();

  const phaseSentence = (phase: SyncPhase, config: SyncConfig, lastSynced?: string): string => {
    const host = hostOf(config.server);
    if (phase === 'syncing') return `Syncing with ${host}…`;
    if (phase === 'up-to-date')
      return `Up to date with ${host}${lastSynced ? ` (last synced ${lastSynced.slice(11, 16)} UTC)` : ''}.`;
    return `Sync with ${host} starts when Backstory's background next wakes.`;
  };

  async function status(): Promise<SyncStatus> {
    const database = await db();
    const config = await state.loadConfig(database);
    if (!config)
      return {
        connected: false,
        phase: 'off',
        sentence: 'Sync is off: nothing leaves this browser.',
        fault: false,
        waiting: 0,
        conflicts: 0,
        refused: [],
      };
    const [numbers, lastSynced, refused] = await Promise.all([
      counts(database),
      state.loadLastSynced(database),
      state.loadRefused(database),
    ]);
    const fault = engine.fault();
    const { password: _password, ...shown } = config;
    return {
      ...shown,
      connected: true,
      phase: engine.phase(),
      sentence: fault?.sentence ?? phaseSentence(engine.phase(), config, lastSynced),
      fault: fault !== undefined,
      ...numbers,
      lastSynced,
      refused,
    };
  }

  return {
    start: () => engine.start(),
    poke: () => engine.poke(),
    status,
    /**
     * Checks the server (creating the database if asked and allowed) and, only if it answers as
     * CouchDB should, starts syncing with it. A failure is one sentence and changes nothing.
     */
    connect: async (input: SyncConfig & { create: boolean }): Promise<SyncStatus> => {
      const { create, ...rest } = input;
      const config = syncConfigSchema.parse(rest);
      if (!(await deps.hasPermission(config.server)))
        throw new RequestError('forbidden', `Backstory was not allowed to reach ${hostOf(config.server)}.`);
      const client = createCouchClient({ config, fetch: deps.fetch, online: deps.online });
      try {
        await client.info();
      } catch (error) {
        const fault = asFault(error, config);
        if (fault.kind !== 'no-database' || !create) throw new RequestError('unreachable', fault.sentence);
        try {
          await client.create();
          await client.info();
        } catch (again) {
          throw new RequestError('unreachable', asFault(again, config).sentence);
        }
      }
      engine.stop();
      await state.connect(await db(), config);
      await engine.restart();
      return status();
    },
    /** New author name or sharing rule, same server. */
    updateSharing: async (rule: Pick<SyncConfig, 'author' | 'share' | 'tags'>): Promise<SyncStatus> => {
      const database = await db();
      const config = await state.loadConfig(database);
      if (!config) throw new RequestError('not-found', 'Sync is not set up.');
      await state.updateConfig(database, { ...config, ...sharingRuleSchema.parse(rule) });
      await engine.restart();
      return status();
    },
    /** Stops syncing, forgets the server and gives up the permission to reach it. */
    disconnect: async (): Promise<SyncStatus> => {
      const database = await db();
      const config = await state.loadConfig(database);
      engine.stop();
      await state.disconnect(database);
      if (config) await deps.dropPermission(config.server);
      return status();
    },
    syncNow: async (): Promise<SyncStatus> => {
      await engine.restart();
      return status();
    },
    conflicts: async () => listConflicts(await db()),
    resolve: async (id: string, rev: string) => {
      await resolve(await db(), id, rev);
      deps.onChanged();
      engine.poke();
      return null;
    },
    sharing: async (ids: readonly string[]) => {
      const database = await db();
      const config = await state.loadConfig(database);
      if (!config) return {};
      return sharingOf(database, ids, config);
    },
    setSharing: async (id: string, choice: ShareChoice | undefined) => {
      await setChoice(await db(), id, choice);
      engine.poke();
      return null;
    },
    clearRefused: async () => {
      await state.clearRefused(await db());
      return null;
    },
  };
}
