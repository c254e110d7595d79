/**
 * Runs work inside an IndexedDB transaction so that it is all-or-nothing. A request that throws
 * (a value that cannot be cloned, a constraint error) does not abort the transaction by itself:
 * earlier writes would still commit. Aborting on any error keeps the database exactly as before.
 */
export async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Marks a request's promise as handled without changing it. When a transaction is aborted,
 * every queued request rejects; the first failure is reported through `Promise.all`, the rest
 * are expected and must not surface as unhandled rejections.
 */
export function queued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** Awaits queued writes, failing with the first error (the transaction is then aborted). */
export function allWrites(requests: Promise<unknown>[]): Promise<unknown[]> {
  return Promise.all(requests.map(queued));
}
