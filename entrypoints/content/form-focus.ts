/**
 * Keeps the reader's keys in the claim form while they type there. The form's frame keeps what
 * is typed from the page, but a page may focus its own elements at any moment, and a parent's
 * `focus()` pulls focus out of a child frame: the reader's next keys, typed as their note, went
 * to the page's scripts (test/attacks/FINDINGS.md, attacker-page13).
 *
 * Focus may leave the form for the page only the reader's way: a press of their pointer on the
 * page, or their Tab out of the form. The form keeps that Tab from moving focus and asks this
 * script, over a port handed to it here, to move focus on itself (claim-form/tab-out.ts), so the
 * move is known to be the reader's before it happens: no word can come too late. Any other move
 * while the window has focus is the page's: focus goes back into the form, and a page that keeps
 * at it has the form closed (`onTaken`), its note kept, rather than a fight for the keyboard.
 *
 * Focus is read each frame from the document, not only from events: the page registers its
 * listeners before this script and could stop a `focusin` from reaching it.
 */

import type { LateKey } from './held-keys';

/** How long after the reader's own press on the page focus may land there. */
const PRESS_COUNTS_MS = 1_000;
/**
 * Moves Backstory undoes before it closes the form instead. More than one: Backstory's own UI
 * host can be moved (into a page's modal dialog, back to the top layer), which drops focus too.
 */
const TAKEN_BACK_MAX = 2;

/** What the reader is told when focus kept leaving the form without their Tab or click. */
export const FORM_TAKEN_MESSAGE =
  'Closed: focus kept leaving the claim form for the page without your Tab or click. Your note is kept.';

/** Backstory's UI host, and the closed shadow root holding the form's frame. */
export interface FormUi {
  host: Element;
  shadow: ShadowRoot;
}

/**
 * The document's elements that Tab may stop on (a `tabIndex` of 0 or more), in the order Tab
 * visits them from `from` (the UI host, in the document) on, or back, coming round at the end as
 * Tab does after the browser's own controls. Whether each can take focus now (hidden, disabled,
 * inert, a link without an address) is for the caller to find by trying: the browser knows that
 * better than a selector. Kept small for the content script's size: the document's order only (a
 * positive `tabindex`, rare and discouraged, is not put first), and the page's own shadow trees
 * are not entered.
 */
function tabNeighbours(from: Element, back: boolean): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.tabIndex >= 0 || el === from,
  );
  const at = all.indexOf(from as HTMLElement);
  const ring = all.slice(at + 1).concat(all.slice(0, at));
  // Going back visits the same ring the other way: the element just before `from` first.
  return back ? ring.toReversed() : ring;
}

/**
 * Starts guarding the focus of the form in `frame`, just loaded, whose address carries `key` for
 * the port; `onTaken` closes the form when the page took focus again after it was given back.
 * Returns the stop, and `send`, which passes the form a word over the same port (a key typed at
 * the form that reached the page late, held-keys.ts).
 */
export function guardFormFocus(
  { host, shadow }: FormUi,
  frame: HTMLIFrameElement,
  key: string,
  onTaken: () => void,
): { stop: () => void; send: (message: LateKey) => void } {
  const controller = new AbortController();
  const { signal } = controller;
  let inForm = false;
  let pressedAt = -Infinity;
  let takenBack = 0;

  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) pressedAt = performance.now();
    },
    { capture: true, signal },
  );

  const formHasFocus = () => document.activeElement === host && shadow.activeElement === frame;

  const check = () => {
    if (formHasFocus()) {
      inForm = true;
      return;
    }
    // Focus elsewhere in Backstory's UI, or the window left for another: not the page's doing.
    if (!inForm || document.activeElement === host || !document.hasFocus()) return;
    inForm = false;
    if (performance.now() - pressedAt < PRESS_COUNTS_MS) return;
    // Taken back at once, before a key can reach the page. A page that keeps at it has the form
    // closed.
    if (++takenBack > TAKEN_BACK_MAX) {
      stop();
      onTaken();
      return;
    }
    frame.focus();
  };

  /** The reader's Tab out of the form: focus moves on from the form's place in the page. */
  const leave = (back: boolean) => {
    if (!formHasFocus()) return;
    // Known to be the reader's before it happens: the checks that follow the move let it be.
    inForm = false;
    for (const next of tabNeighbours(host, back)) {
      next.focus();
      if (document.activeElement === next) return;
    }
    // Nothing on the page takes focus: leave it with the page's document.
    (document.activeElement as HTMLElement | null)?.blur();
  };

  const channel = new MessageChannel();
  channel.port1.addEventListener('message', (event) => leave(event.data === 'back'));
  channel.port1.start();
  // Only to the extension's own page, with the key from its address (claim-form/tab-out.ts). In
  // Chromium the frame's address carries the session's dynamic id (web_accessible_resources'
  // `use_dynamic_url`), but the page it loads has the extension's own origin.
  const origin = import.meta.env.FIREFOX ? frame.src : `chrome-extension://${browser.runtime.id}`;
  frame.contentWindow?.postMessage(key, origin, [channel.port2]);

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
    channel.port1.close();
  }
  return { stop, send: (message) => channel.port1.postMessage(message) };
}
