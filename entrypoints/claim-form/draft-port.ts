/**
 * The claim form's end of the draft port (`DRAFT_PORT`, lib/messaging/ports.ts): it keeps the
 * background told of what is typed and not saved yet, so that what the reader typed is saved even
 * when the form goes before its autosave (the tab closed, the page reloaded) — the browser closes
 * the port as the frame goes, and the background saves the last draft it was told of. A note too
 * long to save is kept whole as a draft, which the form shows the next time the claim opens.
 */
import type { ClaimPatch } from '@/lib/claims/schema';
import { DRAFT_PORT, type DraftMessage } from '@/lib/messaging/ports';

export interface DraftPort {
  /**
   * What is typed and not saved (null: nothing, or nothing the reader may have saved), and the
   * note when it is too long to save, to keep as a draft (null: none, drop any kept; undefined:
   * the reader has not touched the note here, so leave whatever draft is kept as it is).
   */
  tell(patch: ClaimPatch | null, noteDraft: string | null | undefined): void;
}

export function openDraftPort(claimId: string): DraftPort {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let last: DraftMessage = { id: claimId, patch: null };
  let sent = JSON.stringify(last);
  const connect = () => {
    const opened = browser.runtime.connect({ name: DRAFT_PORT });
    // The background's worker can stop and start again: the next draft opens a new port and is
    // told the whole draft again.
    opened.onDisconnect.addListener(() => {
      port = undefined;
      sent = '';
    });
    return opened;
  };
  port = connect();
  return {
    tell(patch, noteDraft) {
      last = { id: claimId, patch, noteDraft };
      const text = JSON.stringify(last);
      if (text === sent) return;
      try {
        port ??= connect();
        port.postMessage(last);
        sent = text;
      } catch {
        port = undefined;
      }
    },
  };
}
