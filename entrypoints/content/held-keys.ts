/**
 * Keys the reader typed at the claim form's frame that reached this document instead: Chromium
 * delivers keys to the page while the frame loads, and for a moment after its `load`. They are
 * held here for the form, which asks for them once (through the background) as its note field
 * takes focus, and types them in before what it held itself (claim-form/typed-ahead.ts).
 */
import type { PageUi } from './page-ui';
import { afterKey } from '@/lib/dom/typed-keys';

export class HeldKeys {
  private text = '';
  private markLoaded!: () => void;
  private readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));

  /**
   * Holds a key pressed on the page while focus is on the form's frame in Backstory's UI (not
   * on the card): only the browser's own keys (afterKey checks `isTrusted`).
   */
  hold(event: KeyboardEvent, ui: PageUi) {
    if (document.activeElement !== ui.host) return;
    const focused = ui.shadow.activeElement;
    if (focused?.localName !== 'iframe' || !ui.marker.element.contains(focused)) return;
    const next = afterKey(this.text, event);
    if (next === undefined) return;
    this.text = next;
    // The key is the note's: Space must not scroll the page, nor / open its search.
    event.preventDefault();
  }

  /** The form's frame has loaded: from now on keys go to it (all but a stray few, still held). */
  frameLoaded() {
    this.markLoaded();
  }

  /** What was held, once the frame has loaded; given once. */
  async take(): Promise<string> {
    await this.loaded;
    const text = this.text;
    this.text = '';
    return text;
  }

  /** The form went: nothing is given, and a form asking late does not wait. */
  drop() {
    this.text = '';
    this.markLoaded();
  }
}
