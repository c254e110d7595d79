/**
 * The background's end of the claim form's draft port (`DRAFT_PORT`, lib/messaging/ports.ts).
 * The form tells it, as the reader types, what is typed and not saved yet; when the port closes
 * (the form's frame is gone: tab closed, page reloaded or left, another passage marked) the last
 * unsaved draft is written. The browser closes a port when its frame goes, however it goes, so
 * this holds where a message sent from the frame's `pagehide` does not (it was lost when the tab
 * closed).
 */
import type { ClaimPatch } from '../claims/schema';
import { draftMessageSchema, type DraftMessage } from '../messaging/ports';

/** The parts of `runtime.Port` used here. */
interface DraftPortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Serves one claim form's draft port; `save` writes a draft the form left unsaved. */
export function serveDraftPort(
  port: DraftPortLike,
  save: (id: string, patch: ClaimPatch) => Promise<void>,
): void {
  let last: DraftMessage | undefined;
  port.onMessage.addListener((raw) => {
    const parsed = draftMessageSchema.safeParse(raw);
    // One port, one claim: a message about another claim is not this form's.
    if (!parsed.success || (last && parsed.data.id !== last.id)) return port.disconnect();
    last = parsed.data;
  });
  port.onDisconnect.addListener(() => {
    if (!last?.patch) return;
    const { id, patch } = last;
    last = undefined;
    save(id, patch).catch((error: unknown) => console.error('Backstory: saving a claim form draft', error));
  });
}
