/**
 * Local changes waiting for team sync to look at them. Every write to claims or relations notes
 * the document it touched in the same transaction, so a change can never be made without sync
 * learning of it, whatever stops the background afterwards. The outbox holds one entry per
 * document (a second change overwrites the first), so it stays small while sync is off.
 */
import { queued } from './atomic';

export const OUTBOX = 'syncOutbox';

interface OutboxStore {
  put(value: number, key: string): Promise<unknown>;
}

/** Notes, inside the caller's transaction, that these documents changed. */
export function noteChanges(outbox: OutboxStore, docIds: readonly string[]): Promise<unknown>[] {
  const at = Date.now();
  return docIds.map((id) => queued(outbox.put(at, id)));
}
