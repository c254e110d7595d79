/**
 * A small CouchDB client: only the requests replication needs (database info, `_changes`,
 * `_revs_diff`, `_bulk_get`, `_bulk_docs`), every one to the configured database and nowhere
 * else. Answers are size-capped and must look like CouchDB's, or the request fails with a
 * fault; documents inside them are checked later (`documents.ts`).
 */
import { z } from 'zod';
import { databaseUrl, type SyncConfig } from './config';
import { describeFault, SyncFault, type FaultKind } from './faults';

/** The largest answer read from a server, in bytes. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const seqSchema = z.union([z.string().max(10_000), z.number()]);
export type Seq = z.output<typeof seqSchema>;

const dbInfoSchema = z.object({ db_name: z.string(), update_seq: seqSchema }).loose();
const changesSchema = z
  .object({
    results: z.array(
      z
        .object({
          id: z.string(),
          seq: seqSchema.optional(),
          changes: z.array(z.object({ rev: z.string() }).loose()),
          deleted: z.boolean().optional(),
        })
        .loose(),
    ),
    last_seq: seqSchema,
  })
  .loose();
const revsDiffSchema = z.record(z.string(), z.object({ missing: z.array(z.string()).optional() }).loose());
const bulkGetSchema = z
  .object({
    results: z.array(
      z.object({ id: z.string(), docs: z.array(z.object({ ok: z.unknown().optional() }).loose()) }).loose(),
    ),
  })
  .loose();
const bulkDocsSchema = z.array(
  z
    .object({ id: z.string().optional(), error: z.string().optional(), reason: z.string().optional() })
    .loose(),
);

export type Change = z.output<typeof changesSchema>['results'][number];

export interface CouchClientOptions {
  config: Pick<SyncConfig, 'server' | 'database' | 'username' | 'password'>;
  fetch: Fetch;
  /** Whether the device believes it is online (navigator.onLine). */
  online?: () => boolean;
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_RESPONSE_BYTES) throw new Error('too-large');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new Error('too-large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

export type CouchClient = ReturnType<typeof createCouchClient>;

export function createCouchClient({ config, fetch, online = () => true }: CouchClientOptions) {
  const dbUrl = databaseUrl(config);
  const fault = (kind: FaultKind, detail?: string) => describeFault(kind, config, detail);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.username) headers['authorization'] = basicAuth(config.username, config.password);

  /** One request to the database (`path` relative to it); resolves with the parsed JSON answer. */
  async function call(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
    options: { signal?: AbortSignal; timeoutMs?: number; missingIs?: FaultKind } = {},
  ): Promise<{ status: number; json: unknown }> {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      const init: RequestInit = {
        method,
        headers,
        signal,
        credentials: 'omit',
        cache: 'no-store',
        // Never followed: the other address would get the request (and, for a login, its name
        // and password). 'manual' rather than 'error' so the reader can be told it was a redirect.
        redirect: 'manual',
      };
      if (body !== undefined) {
        init.headers = { ...headers, 'content-type': 'application/json' };
        init.body = JSON.stringify(body);
      }
      response = await fetch(path ? `${dbUrl}/${path}` : dbUrl, init);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (timeout.aborted) throw fault('timeout');
      throw fault(online() ? 'unreachable' : 'offline');
    }
    // A browser shows a redirect not followed as an opaque answer; Node as the 3xx itself.
    if (response.type === 'opaqueredirect' || REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      throw fault('redirect');
    }
    let text: string;
    try {
      text = await readCapped(response);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (error instanceof Error && error.message === 'too-large') throw fault('too-large');
      throw fault(timeout.aborted ? 'timeout' : 'unreachable');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fault(response.status >= 500 ? 'server-error' : 'not-couchdb', `HTTP ${response.status}`);
    }
    const couchError = typeof (json as { error?: unknown })?.error === 'string';
    if (response.status === 401) throw fault('credentials');
    if (response.status === 403) throw fault('forbidden');
    if (response.status === 404)
      throw fault(couchError ? (options.missingIs ?? 'no-database') : 'not-couchdb');
    if (response.status >= 500) throw fault('server-error', `HTTP ${response.status}`);
    if (response.status >= 400)
      throw fault(couchError ? 'server-error' : 'not-couchdb', `HTTP ${response.status}`);
    return { status: response.status, json };
  }

  const parse = <T>(schema: z.ZodType<T>, json: unknown): T => {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw fault('not-couchdb');
    return parsed.data;
  };

  return {
    url: dbUrl,
    /** The database's information; fails with `no-database`, `credentials`, `not-couchdb`… */
    info: async (signal?: AbortSignal) =>
      parse(dbInfoSchema, (await call('GET', '', undefined, { signal })).json),
    /** Creates the database (only when the reader connects, never behind their back). */
    create: async () => {
      await call('PUT', '');
    },
    /** Changes since a checkpoint, oldest first; with `waitMs`, waits that long for the first one. */
    changes: async (since: Seq, limit: number, options: { waitMs?: number; signal?: AbortSignal } = {}) => {
      const query = new URLSearchParams({ style: 'all_docs', since: String(since), limit: String(limit) });
      if (options.waitMs) {
        query.set('feed', 'longpoll');
        query.set('timeout', String(options.waitMs));
      }
      try {
        const { json } = await call('GET', `_changes?${query.toString()}`, undefined, {
          signal: options.signal,
          timeoutMs: options.waitMs ? options.waitMs + 5_000 : undefined,
        });
        return parse(changesSchema, json);
      } catch (error) {
        // Some servers (pouchdb-server) keep a long poll open past its timeout, sending only
        // heartbeats: a wait that ends on our own clock simply found no change.
        if (options.waitMs && error instanceof SyncFault && error.kind === 'timeout')
          return { results: [], last_seq: since };
        throw error;
      }
    },
    /** Which of these revisions the server lacks. */
    revsDiff: async (revs: Record<string, string[]>) =>
      parse(revsDiffSchema, (await call('POST', '_revs_diff', revs)).json),
    /** The requested revisions, each with its ancestry. */
    bulkGet: async (docs: { id: string; rev: string }[]) =>
      parse(bulkGetSchema, (await call('POST', '_bulk_get?revs=true', { docs })).json).results,
    /** Stores revisions as they are, history included (replication never creates revisions). */
    bulkDocs: async (docs: Record<string, unknown>[]) => {
      const results = parse(
        bulkDocsSchema,
        (await call('POST', '_bulk_docs', { docs, new_edits: false })).json,
      );
      const failed = results.find((r) => r.error);
      if (failed) {
        if (failed.error === 'unauthorized' || failed.error === 'forbidden') throw fault('forbidden');
        throw fault('server-error', `${failed.error}: ${failed.reason ?? ''}`.slice(0, 200));
      }
    },
  };
}

export { SyncFault };
