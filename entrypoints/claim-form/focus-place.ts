/**
 * The form keeps the reader's place when focus leaves it for the page: once focus has moved out
 * of a frame, the browser leaves the frame's body focused, so focus coming back (Alt+Shift+M with
 * nothing selected, ClaimMarker's frame focused from the page) would land nowhere a screen reader
 * names and Tab would start over. It goes back to the control that last had it instead.
 */
/** Fields a typed character belongs in (not a checkbox, which Space would toggle). */
const TEXT_FIELD = 'textarea, input:not([type]), input[type="text"], input[type="search"]';

export function keepFocusPlace(): void {
  let last: HTMLElement | undefined;
  addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && event.target !== document.body) last = event.target;
  });
  addEventListener('focus', (event) => {
    if (event.target !== window || !last?.isConnected) return;
    const active = document.activeElement;
    if (!active || active === document.body) last.focus();
  });
  // Focus given back to the frame from the page (the focus guard, Alt+Shift+M) and the reader's
  // next key travel apart: under load the key can come before the frame's `focus` event, to the
  // body, and a letter of the note was lost. A character typed on the body goes to the text field
  // that had focus (focus moved during keydown takes the key's text). Only characters, only to a
  // text field: Enter or Space must never press a button the reader was not on.
  addEventListener(
    'keydown',
    (event) => {
      const field = last;
      if (!field?.isConnected || !field.matches(TEXT_FIELD)) return;
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      const active = document.activeElement;
      if (!active || active === document.body) field.focus();
    },
    true,
  );
}
