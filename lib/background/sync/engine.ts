/**
 * Runs team sync in the background while it is configured: push and pull, then wait on the
 * server's long poll for the next change (or a local one), again and again. Faults that pass
 * (offline, server down) are retried with growing pauses while everything waits in IndexedDB;
 * the others stop sync with one sentence until the reader acts. Nothing here runs, and no
 * request is made, until a server is configured.
 *
 * A Manifest V3 service worker is stopped when idle: sync then resumes from its checkpoint the
 * next time the background wakes (any page Backstory reads, any of its pages opened).
 */
import type { BackstoryDb } from '../db/object-stores';
import type { SyncConfig } from '../../sync/config';
import { createCouchClient, type Fetch } from '../../sync/couch';
import { asFault, describeFault, RETRYABLE, type SyncFault } from '../../sync/faults';
import { prepareOutgoing } from './outgoing';
import { pull, push } from './replicate';
import { loadConfig, saveLastSynced } from './state';
import type { SyncPhase } from '../../sync/status';

export interface SyncEngineDeps {
  getDb: () => Promise<BackstoryDb>;
  fetch: Fetch;
  online: () => boolean;
  /** Whether the browser lets Backstory reach the server (the optional host permission). */
  hasPermission: (server: string) => Promise<boolean>;
  /** Keeps the background alive while work is under way; returns the function that stops it. */
  keepAlive: () => () => void;
  /** Claims or relations changed here because of sync (caches and pages must refresh). */
  onChanged: () => void;
  /** How long one long poll waits for a change on the server. */
  waitMs?: number;
  /** First pause after a fault that passes; doubled each time, up to five minutes. */
  retryMs?: number;
}

interface Run {
  controller: AbortController;
  /** Cuts the current wait short (a local change, or "Sync now"). */
  wake?: () => void;
  pending: boolean;
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

export function createSyncEngine(deps: SyncEngineDeps) {
  const waitMs = deps.waitMs ?? 25_000;
  const retryMs = deps.retryMs ?? 2_000;
  let run: Run | undefined;
  let phase: SyncPhase = 'off';
  let fault: SyncFault | undefined;
  let starting: Promise<void> | undefined;

  const sleep = (ms: number, current: Run) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      current.wake = () => {
        clearTimeout(timer);
        resolve();
      };
      current.controller.signal.addEventListener('abort', () => current.wake?.(), { once: true });
    });

  async function cycle(db: BackstoryDb, config: SyncConfig, current: Run): Promise<void> {
    // Local work first: what waits to be sent is known (and counted) even while the server is away.
    while ((await prepareOutgoing(db, config)) > 0);
    const client = createCouchClient({ config, fetch: deps.fetch, online: deps.online });
    if (!(await deps.hasPermission(config.server))) throw describeFault('permission', config);
    await client.info(current.controller.signal);
    current.pending = false;
    const sent = await push(db, client, config);
    const pulled = await pull(db, client, config, { signal: current.controller.signal });
    await saveLastSynced(db, new Date().toISOString());
    if (sent > 0 || pulled.changed > 0 || pulled.refused > 0) deps.onChanged();
  }

  async function loop(db: BackstoryDb, config: SyncConfig, current: Run): Promise<void> {
    const signal = current.controller.signal;
    let attempt = 0;
    while (!signal.aborted) {
      phase = 'syncing';
      const release = deps.keepAlive();
      try {
        await cycle(db, config, current);
        fault = undefined;
        attempt = 0;
        phase = 'up-to-date';
      } catch (error) {
        if (signal.aborted) return;
        fault = asFault(error, config);
        if (!RETRYABLE.has(fault.kind)) {
          phase = 'stopped';
          return;
        }
        phase = 'retrying';
        release();
        await sleep(Math.min(retryMs * 2 ** attempt++, 300_000), current);
        continue;
      } finally {
        release();
      }
      if (current.pending) continue;
      // Wait for the server's next change; a local change cuts the wait short.
      const wait = new AbortController();
      current.wake = () => wait.abort();
      try {
        const client = createCouchClient({ config, fetch: deps.fetch, online: deps.online });
        const pulled = await pull(db, client, config, {
          waitMs,
          signal: AbortSignal.any([wait.signal, signal]),
        });
        if (pulled.changed > 0 || pulled.refused > 0) deps.onChanged();
      } catch (error) {
        // A fault while waiting shows in the next cycle, which retries it.
        if (!wait.signal.aborted && !signal.aborted) fault = asFault(error, config);
      }
    }
  }

  /**
   * Local changes become revisions here, even while the server is away (so they are counted as
   * waiting). Returns whether any revision waits to be sent.
   */
  async function prepareLocally(): Promise<boolean> {
    const db = await deps.getDb();
    const config = await loadConfig(db);
    if (!config) return false;
    while ((await prepareOutgoing(db, config)) > 0);
    return (await db.countFromIndex('syncDocs', 'unsent', 1)) > 0;
  }

  async function start(): Promise<void> {
    if (run) return;
    const db = await deps.getDb();
    const config = await loadConfig(db);
    if (!config || run) {
      if (!config) phase = 'off';
      return;
    }
    const current: Run = { controller: new AbortController(), pending: true };
    run = current;
    void loop(db, config, current).finally(() => {
      if (run === current) run = undefined;
    });
  }

  return {
    /** Starts sync if a server is configured (once; later calls do nothing while it runs). */
    start: () => {
      starting ??= start().finally(() => (starting = undefined));
      return starting;
    },
    /** Stops sync (the server was removed or is being changed). */
    stop: () => {
      run?.controller.abort();
      run = undefined;
      phase = 'off';
      fault = undefined;
    },
    /**
     * Local claims changed: send them soon. Starts sync if it was not running. A change that
     * makes nothing to send (a private claim, one outside the rule) wakes nothing: a request
     * right after every save would tell the server when the reader marks what they keep to
     * themselves. Resolves once that is decided.
     */
    poke: async (): Promise<void> => {
      const current = run;
      if (!current) {
        await (starting ?? start());
        return;
      }
      const toSend = await prepareLocally();
      if (!toSend || run !== current) return;
      current.pending = true;
      if (phase === 'up-to-date' || phase === 'syncing') current.wake?.();
    },
    /** Stops and starts again at once: "Sync now", or after a change of configuration. */
    restart: async () => {
      run?.controller.abort();
      run = undefined;
      fault = undefined;
      await (starting ??= start().finally(() => (starting = undefined)));
    },
    phase: () => phase,
    fault: () => fault,
  };
}
