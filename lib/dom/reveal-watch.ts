/**
 * Reading text once the page shows it: a tab, an accordion or a menu the page hid with a class,
 * `hidden` or an inline style, or a paragraph that fades in on scroll. The scanner skips hidden
 * elements (classify.ts, style-hidden.ts); this asks again whether they are shown after the page
 * changes an attribute that can show them or ends a transition or animation, at most once per
 * `CHECK_MS`, so a page that animates attributes every frame costs one look per interval.
 */
import type { HiddenElements } from './style-hidden';

/** Attributes whose change can show a hidden element (style sheets mostly key on classes). */
const REVEALING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'inert'];

/** What the scanner's MutationObserver watches: text changes, and with hidden elements to show, attributes. */
export function watchOptions(watchesHidden: boolean): MutationObserverInit {
  const text = { childList: true, subtree: true, characterData: true };
  return watchesHidden ? { ...text, attributes: true, attributeFilter: REVEALING_ATTRIBUTES } : text;
}

const CHECK_MS = 150;

export class RevealWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();

  /** `onShown` is given the elements shown since they were found hidden (after the scanner's own changes are queued). */
  constructor(
    private readonly hidden: HiddenElements,
    doc: Document,
    private readonly onShown: (elements: Element[]) => void,
  ) {
    const request = () => this.request();
    const { signal } = this.controller;
    // A fade-in that starts at opacity 0 is still hidden when its class changes: asked again once it ends.
    for (const type of ['transitionend', 'animationend'])
      doc.addEventListener(type, request, { capture: true, passive: true, signal });
  }

  stop() {
    this.controller.abort();
    clearTimeout(this.timer);
  }

  /** Something may have been shown: look soon, unless a look is already due. */
  request() {
    if (this.timer !== undefined || this.hidden.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const shown = this.hidden.shown();
      if (shown.length > 0) this.onShown(shown);
    }, CHECK_MS);
  }
}
