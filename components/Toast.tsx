export interface ToastProps {
  /** What Backstory just did, in one sentence. */
  text: string;
  /** Present when it can be undone; gets the click, so the caller can check it was real. */
  onUndo?: (event: MouseEvent) => void;
  onDismiss: () => void;
}

/** A short message at the foot of the page saying what an action did, with Undo. */
export function Toast({ text, onUndo, onDismiss }: ToastProps) {
  return (
    <div class="bs-toast-box">
      <p class="bs-toast-text">{text}</p>
      {onUndo && (
        <button type="button" class="bs-toast-undo" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" class="bs-toast-close" onClick={onDismiss} aria-label="Dismiss" title="Dismiss">
        ✕
      </button>
    </div>
  );
}
