/**
 * Keys the reader typed at the claim form's frame that reached this document instead: Chromium
 * delivers keys to the page while the frame loads, and for a moment after its `load`. They are
 * held here for the form, which asks for them once (through the background) as its note field
 * takes focus, and types them in before what it held itself (claim-form/typed-ahead.ts).
 *
 * A key can still come here after that one answer (under load, the note took focus and asked
 * before the browser's last stray key had reached this document: the note lost its first
 * letter). Such a key goes to the form at once, over the port the form's frame was handed as it
 * loaded (form-focus.ts), and the form types it where the page's keys go, before its own.
 */
import type { PageUi } from './page-ui';
import { afterKey } from '@/lib/dom/typed-keys';

/**
 * What one late key does to the note, sent over the form's port: text to type, or `\b` for a
 * Backspace, which takes back the character before (the page's keys are typed before the form's).
 */
export type LateKey = string;

export class HeldKeys {
  /** What is held; undefined once the form has had it: keys from then on go to it one by one. */
  private text?: string = '';
  /** Sends a late key to the form; set as the form's frame loads, before it can ask. */
  private sendLate?: (key: LateKey) => void;
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
    // After the take, each key goes to the form alone, read as if held after one mark (\b): a
    // character comes after the mark; a Backspace takes the mark back, and the mark is sent.
    const next = afterKey(this.text ?? '\b', event);
    if (next === undefined) return;
    // The key is the note's: Space must not scroll the page, nor / open its search.
    event.preventDefault();
    if (this.text === undefined) this.sendLate?.(next.slice(1) || '\b');
    else this.text = next;
  }

  /**
   * The form's frame has loaded: from now on keys go to it (all but a stray few, still held).
   * `sendLate` passes a key that comes after the take to the form (over its port).
   */
  frameLoaded(sendLate?: (key: LateKey) => void) {
    this.sendLate = sendLate;
    this.markLoaded();
  }

  /** What was held, once the frame has loaded; given once. */
  async take(): Promise<string> {
    await this.loaded;
    const text = this.text ?? '';
    this.text = undefined;
    return text;
  }

  /** The form went: nothing is given, and a form asking late does not wait. */
  drop() {
    this.text = '';
    this.markLoaded();
  }
}
