/**
 * Keeps the reader's keys in the claim form while they type there. The form's frame keeps what
 * is typed from the page, but a page may focus its own elements at any moment, and a parent's
 * `focus()` pulls focus out of a child frame: the reader's next keys, typed as their note, went
 * to the page's scripts (test/attacks/FINDINGS.md, attacker-page13).
 *
 * Focus may leave the form for the page only the reader's way: a press of their pointer on the
 * page, or their Tab out of the form (which the form reports, `formLeftByKey`: the key itself
 * is pressed in the form, out of the page's and this script's sight). Any other move while the
 * window has focus is the page's: focus goes back into the form, and a page that does it again
 * has the form closed (`onTaken`), its note kept, rather than a fight for the keyboard.
 *
 * Focus is read each frame from the document, not only from events: the page registers its
 * listeners before this script and could stop a `focusin` from reaching it.
 */

/** How long after the reader's own press on the page focus may land there. */
const PRESS_COUNTS_MS = 1_000;
/**
 * Moves Backstory undoes before it closes the form instead. More than one: Backstory's own UI
 * host can be moved (into a page's modal dialog, back to the top layer), which drops focus too.
 */
const TAKEN_BACK_MAX = 2;

/** What the reader is told when the page kept taking the keyboard from the form. */
export const FORM_TAKEN_MESSAGE =
  'Closed: this page kept taking the keyboard from the claim form. Your note is kept.';

export interface FormFocusGuard {
  /** The form said the reader's Tab took focus out of it. */
  leftByKey(): void;
  stop(): void;
}

export interface FormFocusDeps {
  /** Backstory's UI host, and the closed shadow root holding the form's frame. */
  host: Element;
  shadow: ShadowRoot;
  frame: () => HTMLIFrameElement | null;
  /** The page took focus again after it was given back: close the form. */
  onTaken: () => void;
}

export function guardFormFocus(deps: FormFocusDeps, now: () => number = performance.now.bind(performance)) {
  const controller = new AbortController();
  const { signal } = controller;
  let inForm = false;
  let pressedAt = -Infinity;
  let keyLeftAt = -Infinity;
  let takenBack = 0;
  /** The last move taken back, so the form's word that it was the reader's Tab can send it on. */
  let undone: { at: number; to: Element | null } | undefined;

  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) pressedAt = now();
    },
    { capture: true, signal },
  );

  const formHasFocus = () => {
    const frame = deps.frame();
    return !!frame && document.activeElement === deps.host && deps.shadow.activeElement === frame;
  };

  const check = () => {
    if (formHasFocus()) {
      inForm = true;
      return;
    }
    // Focus elsewhere in Backstory's UI, or the window left for another: not the page's doing.
    if (!inForm || document.activeElement === deps.host || !document.hasFocus()) return;
    inForm = false;
    const at = now();
    if (at - pressedAt < PRESS_COUNTS_MS || at - keyLeftAt < PRESS_COUNTS_MS) return;
    // The page moved focus, or the reader tabbed out and the form's word is still on its way:
    // take focus back at once (no key may reach the page meanwhile), and send it on to where it
    // went if that word comes (leftByKey). A page that keeps at it has the form closed.
    if (++takenBack > TAKEN_BACK_MAX) {
      stop();
      deps.onTaken();
      return;
    }
    undone = { at, to: document.activeElement };
    deps.frame()?.focus();
  };

  let frameRequest = 0;
  const loop = () => {
    check();
    if (!signal.aborted) frameRequest = requestAnimationFrame(loop);
  };
  frameRequest = requestAnimationFrame(loop);
  document.addEventListener('focusin', check, { capture: true, signal });

  function stop() {
    controller.abort();
    cancelAnimationFrame(frameRequest);
  }

  return {
    leftByKey() {
      keyLeftAt = now();
      if (!undone || keyLeftAt - undone.at >= PRESS_COUNTS_MS) return;
      // The reader's Tab, taken back before the form's word came: send focus on where it went.
      const to = undone.to;
      undone = undefined;
      takenBack--;
      if (to instanceof HTMLElement && to.isConnected) to.focus();
    },
    stop,
  } satisfies FormFocusGuard;
}
