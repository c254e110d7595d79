import { useLayoutEffect, useRef } from 'preact/hooks';

export type MarkerState =
  | { step: 'offer' }
  | { step: 'saving' }
  /**
   * Saved: the details form, an extension page framed here (`url`), takes over; `height` is
   * what the form measured it needs (the frame shrinks below it when the screen has less room).
   */
  | { step: 'form'; url: string; height?: number }
  | { step: 'error'; message: string };

export interface ClaimMarkerProps {
  state: MarkerState;
  quote: string;
  onMark: (event: MouseEvent) => void;
  onClose: () => void;
  /** The form's frame has loaded: keys typed from now on go to it. */
  onFormLoad?: (frame: HTMLIFrameElement) => void;
}

/**
 * "Mark claim" next to a selection: one click saves. The form for note, tags, label and entities
 * that follows is an extension page in a frame: what the reader types there never passes through
 * the web page (whose scripts see every key pressed in its own document).
 */
export function ClaimMarker({ state, quote, onMark, onClose, onFormLoad }: ClaimMarkerProps) {
  // Focus moves into the form's frame as the frame is drawn, not once it has loaded: keys typed
  // while it loads (from a few hundred milliseconds to over a second) went to the web page's
  // focused element, whose one-key shortcuts ran on them. Until the frame's document is there,
  // Chromium still delivers them to the page's document (at the frame): marking.tsx holds them
  // for the form.
  const frame = useRef<HTMLIFrameElement>(null);
  const formUrl = state.step === 'form' ? state.url : undefined;
  useLayoutEffect(() => {
    if (formUrl) frame.current?.focus();
  }, [formUrl]);
  if (state.step === 'offer') {
    return (
      <button
        type="button"
        class="bs-mark-button"
        // Keep the page's selection: pressing the button must not clear what is being marked.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onMark}
        aria-label={`Mark claim: “${quote.slice(0, 80)}”`}
      >
        Mark claim
      </button>
    );
  }
  if (state.step === 'saving') return <p role="status">Saving…</p>;
  if (state.step === 'error') {
    return (
      <div class="bs-form">
        <p role="alert" class="bs-error">
          {state.message}
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  // No sandbox attribute: the form is our own extension page and needs its origin to reach the
  // background, and a sandbox allowing both scripts and same-origin binds nothing.
  return (
    // oxlint-disable-next-line react/iframe-missing-sandbox
    <iframe
      ref={frame}
      class="bs-form-frame"
      src={state.url}
      title="Claim details"
      style={state.height ? { height: `${state.height}px` } : undefined}
      // Once loaded, again: the form's own document takes the keys from there (its note field).
      onLoad={(event) => {
        event.currentTarget.focus();
        onFormLoad?.(event.currentTarget);
      }}
    />
  );
}
