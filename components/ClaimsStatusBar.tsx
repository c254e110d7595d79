import type { RefObject } from 'preact';
import type { StatusLineProps } from './StatusLine';

export interface ClaimsStatusBarProps {
  /** What the last action did; `said` changes with each saying, even of the same text. */
  status?: StatusLineProps & { said: number };
  /** Present while a deleted claim can be brought back. */
  onUndo?: () => void;
  undoRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The Claims tab's status, pinned to the foot of the panel (as Gmail's "Conversation deleted ·
 * Undo" bar is), so that what a save or a delete did is in view wherever the reader scrolled.
 * The live region is always there and each saying is a new node in it: a region that appears
 * with its text, or text that does not change, is often not read out.
 */
export function ClaimsStatusBar({ status, onUndo, undoRef }: ClaimsStatusBarProps) {
  const tone = status?.tone === 'ok' ? 'status-ok' : status?.tone === 'bad' ? 'status-bad' : 'muted';
  return (
    <div class={status || onUndo ? 'claims-status-bar' : 'claims-status-bar claims-status-quiet'}>
      <p role="status" class={tone} data-tone={status?.tone}>
        {status && <span key={status.said}>{status.text}</span>}
      </p>
      {onUndo && (
        <button type="button" ref={undoRef} onClick={onUndo}>
          Undo delete
        </button>
      )}
    </div>
  );
}
