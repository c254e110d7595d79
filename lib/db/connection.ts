import { openBackstoryDb, type BackstoryDb, type OpenOptions } from './open';

/**
 * One shared connection, opened on first use and reopened after another context (a newer build)
 * asked it to close.
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
    }).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
