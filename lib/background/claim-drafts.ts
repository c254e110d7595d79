/**
 * The background's end of the claim form's draft port (`DRAFT_PORT`, lib/messaging/ports.ts).
 * The form tells it, as the reader types, what is typed and not saved yet; when the port closes
 * (the form's frame is gone: tab closed, page reloaded or left, another passage marked) the last
 * unsaved draft is written. The browser closes a port when its frame goes, however it goes, so
 * this holds where a message sent from the frame's `pagehide` does not (it was lost when the tab
 * closed). A note too long to save is kept whole as the claim's draft (claims/note-drafts.ts).
 */
import type { ClaimPatch } from '../claims/schema';
import { draftMessageSchema, type DraftMessage } from '../messaging/ports';

/** The parts of `runtime.Port` used here. */
interface DraftPortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Who opened a port, as the browser reports it. */
export interface PortSender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** What the port writes when its form goes. */
export interface DraftWrites {
  /** Saves the fields the form left unsaved. */
  save: (id: string, patch: ClaimPatch) => Promise<void>;
  /** Keeps a note too long to save as the claim's draft, or with null drops any draft kept. */
  keepNote: (id: string, note: string | null) => Promise<void>;
  /** Whether the form that opened a port may write its claim (claim-form-access.ts `require`). */
  mayWrite: (sender: PortSender, claim: string) => Promise<boolean>;
}

/**
 * The claim a claim form is about, from the address the browser reports for the port's sender, one
 * of Backstory's own pages (claim-form.html?claim=…, set by the content script that framed it), or
 * undefined for any other page. The form's messages carry the id too, but that is the message
 * speaking, not the browser.
 */
export function formClaim(senderUrl: string | undefined): string | undefined {
  if (!senderUrl || !URL.canParse(senderUrl)) return undefined;
  const url = new URL(senderUrl);
  return url.pathname === '/claim-form.html' ? (url.searchParams.get('claim') ?? undefined) : undefined;
}

/**
 * Serves one claim form's draft port: what it was last told is written when the form goes.
 * `claim` is the claim the form's own address names (formClaim): the port speaks for it alone,
 * and writes nothing unless `allowed` (asked as the port opens, while the page that opened the
 * form still shows it: claim-form-access.ts) resolves true.
 */
export function serveDraftPort(
  port: DraftPortLike,
  writes: DraftWrites,
  claim: string | undefined,
  allowed: Promise<boolean>,
): void {
  let last: DraftMessage | undefined;
  let refused = false;
  void allowed.then(
    (yes) => {
      if (yes) return;
      refused = true;
      port.disconnect();
    },
    () => {
      refused = true;
      port.disconnect();
    },
  );
  port.onMessage.addListener((raw) => {
    const parsed = draftMessageSchema.safeParse(raw);
    // One port, one claim, the one its form's address names: any other is not this form's.
    if (!parsed.success || parsed.data.id !== claim) return port.disconnect();
    last = parsed.data;
  });
  port.onDisconnect.addListener(async () => {
    if (!last || refused || !(await allowed.catch(() => false))) return;
    const { id, patch, noteDraft } = last;
    last = undefined;
    const failed = (error: unknown) => console.error('Backstory: saving a claim form draft', error);
    if (patch) writes.save(id, patch).catch(failed);
    if (noteDraft !== undefined) writes.keepNote(id, noteDraft).catch(failed);
  });
}
