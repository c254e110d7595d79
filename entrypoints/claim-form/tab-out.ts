/**
 * The reader's Tab out of the form. While the form is open, the content script that shows it
 * takes focus back whenever it leaves for the page without the reader's doing
 * (entrypoints/content/form-focus.ts): a page may call `focus()` on its own field to catch the
 * note typed next. A Tab pressed here is out of that script's sight, and a word sent after the
 * browser has moved focus can arrive after focus was taken back (under load it did, and the
 * reader's Shift+Tab closed the form). So the Tab that would leave the form never moves focus
 * here: the form keeps it, and asks the content script, over the port that script handed this
 * frame as it loaded, to move focus on to the page's next or previous control itself. A busy
 * machine then only delays the Tab; focus stays in the form until the move.
 *
 * The port comes with the key the content script wrote in this form's address: no page can reach
 * this frame (it is in a closed shadow root, and left out of `window.frames`), and one that framed
 * the form itself does not get a port it could pass off as Backstory's.
 */

/** What the browser's Tab could stop on in the form (radio buttons: the group's checked one). */
function tabStops(): Element[] {
  return [...document.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')].filter(
    (el) =>
      el instanceof HTMLElement &&
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.checkVisibility() &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && radioGroupChecked(el)),
  );
}

const radioGroupChecked = (radio: HTMLInputElement) =>
  !!document.querySelector(`input[type=radio][name="${CSS.escape(radio.name)}"]:checked`);

/** Direction of a Tab that would take focus out of the form, if this one would. */
function leaving(event: KeyboardEvent): 'back' | 'forward' | undefined {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const stops = tabStops();
  const at = stops.indexOf(document.activeElement as Element);
  if (event.shiftKey) return at <= 0 ? 'back' : undefined;
  // From the document itself (no control focused) Tab goes to the form's first control.
  return at === stops.length - 1 ? 'forward' : undefined;
}

/**
 * Starts handling Tab out of the form when this form's address carries a key (the content script
 * framed it and will hand it a port); otherwise Tab is left to the browser. `onWord` hears what
 * the content script sends over the port (keys that reached the page late, held-keys.ts).
 */
export function handOffTabOut(key: string | null, onWord: (data: unknown) => void): void {
  if (!key) return;
  let port: MessagePort | undefined;
  /** A Tab out pressed before the port came (the frame had only just loaded): sent with it. */
  let waiting: string | undefined;
  addEventListener('message', (event) => {
    if (port || event.data !== key || !event.ports[0]) return;
    port = event.ports[0];
    port.addEventListener('message', (word) => onWord(word.data));
    port.start();
    if (waiting) port.postMessage(waiting);
  });
  addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.defaultPrevented) return;
    const way = leaving(event);
    if (!way) return;
    event.preventDefault();
    if (port) port.postMessage(way);
    else waiting = way;
  });
}
