/**
 * The form keeps the reader's place when focus leaves it for the page: once focus has moved out
 * of a frame, the browser leaves the frame's body focused, so focus coming back (Alt+Shift+M with
 * nothing selected, ClaimMarker's frame focused from the page) would land nowhere a screen reader
 * names and Tab would start over. It goes back to the control that last had it instead.
 */
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
}
