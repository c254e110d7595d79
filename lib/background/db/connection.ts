import type { BackstoryDb } from './object-stores';
import { openBackstoryDb, type OpenOptions } from './open-and-migrate';

/**
 * One shared connection, opened on first use and reopened on the next use after it closed:
 * because another context (a newer build) asked it to, or because the browser closed it. A
 * closed connection is never handed out: every transaction on it would throw.
 */
export function createDbConnection(options: OpenOptions = {}): () => Promise<BackstoryDb> {
  let pending: Promise<BackstoryDb> | undefined;
  return () => {
    pending ??= openBackstoryDb({
      ...options,
      onVersionChange: () => {
        pending = undefined;
        options.onVersionChange?.();
      },
      onTerminated: () => {
        pending = undefined;
        options.onTerminated?.();
      },
    }).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
