/**
 * Everything that can go wrong talking to a team server, each as one plain sentence for the
 * options page and the popup: what happened, where, and what to do. Faults that pass by
 * themselves (offline, server down, a server error) are retried; the others wait for the reader.
 */
export type FaultKind =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'server-error'
  | 'credentials'
  | 'forbidden'
  | 'not-couchdb'
  | 'redirect'
  | 'no-database'
  | 'permission'
  | 'too-large'
  | 'storage-full';

/** Faults that clear up by themselves: sync keeps trying, with changes kept meanwhile. */
export const RETRYABLE: ReadonlySet<FaultKind> = new Set([
  'offline',
  'unreachable',
  'timeout',
  'server-error',
]);

export class SyncFault extends Error {
  constructor(
    readonly kind: FaultKind,
    /** One sentence for the reader. */
    readonly sentence: string,
  ) {
    super(sentence);
    this.name = 'SyncFault';
  }
}

export interface FaultPlace {
  /** The server's address as the reader gave it. */
  server: string;
  database: string;
  username?: string;
}

const KEPT = 'Your claims are kept here and will be sent when it answers again.';

/** The sentence for a fault at a server. */
export function describeFault(kind: FaultKind, place: FaultPlace, detail = ''): SyncFault {
  const url = new URL(place.server);
  const host = url.host;
  const db = `“${place.database}”`;
  const sentences: Record<FaultKind, string> = {
    offline: `This device is offline: your claims are kept here and will be sent when it is back online.`,
    unreachable:
      url.protocol === 'https:'
        ? `Could not reach ${host}: the server is down, or this browser does not trust its security certificate (open ${url.origin} in a tab to see which). ${KEPT}`
        : `Could not reach ${host}: the server is not running. ${KEPT}`,
    timeout: `${host} did not answer in time. ${KEPT}`,
    'server-error': `${host} reported an error${detail ? ` (${detail})` : ''}. ${KEPT}`,
    credentials: `${host} did not accept the name and password: check them under “Sync with a team server” in Backstory's settings.`,
    forbidden: `${host} does not let ${place.username ? `“${place.username}”` : 'this account'} read and write the database ${db}: ask the server's administrator for access.`,
    'not-couchdb': `${url.origin} does not answer like a CouchDB server: check the address (include the path if CouchDB sits behind a proxy).`,
    redirect: `${host} answered with a redirect to another address, which Backstory does not follow: check the server address under “Sync with a team server” in Backstory's settings.`,
    'no-database': `The database ${db} no longer exists on ${host}: your claims are kept here; connect again to create it, or choose another database.`,
    permission: `Backstory is no longer allowed to reach ${host}: connect again under “Sync with a team server” to allow it.`,
    'too-large': `${host} sent more data at once than Backstory accepts, so nothing from it was stored.`,
    'storage-full': `This browser's storage is full, so Backstory stopped storing what ${host} sends, to leave room for your own claims: free space on this device, then press “Sync now” in Backstory's settings.`,
  };
  return new SyncFault(kind, sentences[kind]);
}

/** Turns anything thrown while syncing into a fault the reader can act on. */
export function asFault(error: unknown, place: FaultPlace): SyncFault {
  if (error instanceof SyncFault) return error;
  // Not retried: each try would take any room the reader makes before their own next save.
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return describeFault('storage-full', place);
  return describeFault('server-error', place, error instanceof Error ? error.message.slice(0, 200) : '');
}
