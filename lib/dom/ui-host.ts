/**
 * Backstory's one element on a web page: a built-in `<div>` — a name no custom-element registry
 * can claim, so a page cannot upgrade it, reach its shadow root through `attachInternals` or
 * refuse it a shadow root with `disabledFeatures` — with a closed shadow root attached once,
 * from the content script's own world, whose prototypes the page's patches do not reach.
 *
 * While Backstory shows something, the host is a manual popover in the browser's top layer:
 * drawn above everything the page draws, and untouched by what the page does to its ancestors
 * (opacity, filters, masks, clip paths, blend modes, transforms). When the page has a modal
 * `<dialog>` open, everything outside it is inert, so the host moves into that dialog. A page
 * can still remove, move, hide or restyle the host; each time it is put back, and a page that
 * keeps at it makes Backstory give up its in-page UI (`blocked`) rather than fight: the reader
 * is told, and the side panel keeps working.
 */

/** Repairs within this window that make Backstory stop showing UI on the page. */
const MAX_REPAIRS = 6;
const REPAIR_WINDOW_MS = 10_000;

/** Why Backstory gave up its in-page UI on a page (lib/messaging/content-requests.ts says it). */
export type UiBlockedReason = 'interference' | 'unsupported';

export interface UiHostOptions {
  /** Styles for the inside of the shadow root. */
  css: string;
  signal: AbortSignal;
  /** Called once, when the page's interference makes Backstory give up its in-page UI. */
  onBlocked: (reason: UiBlockedReason) => void;
}

export class UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where panels go, inside the shadow root. */
  readonly container: HTMLElement;
  /** Why Backstory no longer shows UI on this page, once it has given up. */
  blocked: UiBlockedReason | undefined;
  /** When the UI last appeared, moved to another layer or was restacked (`performance.now()`). */
  changedAt = 0;
  private wanted = false;
  private topLayer = typeof HTMLElement.prototype.showPopover === 'function';
  private repairs: number[] = [];
  /** When the page last put something of its own into the top layer. */
  private pageTopLayerAt = -1;
  private stackedAt = -1;
  private lastModal: Element | undefined;

  constructor(private readonly options: UiHostOptions) {
    const doc = document;
    // createElementNS: an HTML <div> even in an XML document, where createElement would not be.
    this.host = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLElement;
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    // The page's rules cannot reach into the shadow root; `all: initial !important` on :host
    // beats every page rule for the host itself (in a shadow host, inner !important wins).
    style.textContent = `:host { all: initial !important; }\n:host::backdrop { display: none !important; }\n${options.css}`;
    this.container = doc.createElement('div');
    this.shadow.append(style, this.container);
    // Keys pressed in Backstory's UI stay out of the page's bubbling listeners.
    for (const type of ['keydown', 'keyup', 'keypress'])
      this.container.addEventListener(type, (event) => event.stopPropagation());
    this.setAttributes();

    const { signal } = options;
    new MutationObserver(() => this.check()).observe(this.host, { attributes: true });
    // Removing the host (or the popover attribute) hides the popover without a toggle event;
    // the observer and `check` before every use catch those.
    this.host.addEventListener('toggle', () => this.check(), { signal });
    // What the page puts into the top layer, and its modal dialogs, which make the rest inert.
    const onPageTopLayer = (event: Event) => {
      const target = event.target;
      // The browser's own events only: a page firing made-up toggles would make Backstory restack.
      if (!event.isTrusted || target === this.host || !(target instanceof Element)) return;
      const opened = (event as ToggleEvent).newState === 'open' || event.type === 'fullscreenchange';
      if (opened) this.pageTopLayerAt = performance.now();
      if (target.localName === 'dialog') this.homeStale = true;
      if (opened && target.localName === 'dialog' && target.matches(':modal')) this.lastModal = target;
      // Backstory's UI is up: stack it above what the page just opened (a page that keeps
      // opening things over it counts as interfering).
      if (!this.wanted || (opened && this.repaired())) return;
      queueMicrotask(() => this.show());
    };
    window.addEventListener('toggle', onPageTopLayer, { capture: true, signal });
    window.addEventListener('close', onPageTopLayer, { capture: true, signal });
    document.addEventListener('fullscreenchange', onPageTopLayer, { signal });
    signal.addEventListener('abort', () => this.host.remove());
  }

  private setAttributes() {
    if (this.topLayer) this.host.setAttribute('popover', 'manual');
    else this.host.removeAttribute('popover');
  }

  /** Whether the host is in the top layer now (above the page, free of its ancestors' effects). */
  inTopLayer(): boolean {
    return this.topLayer && this.host.isConnected && this.host.matches(':popover-open');
  }

  /**
   * Whether something the page put into the top layer after Backstory's UI was last stacked
   * overlaps a box: it is drawn above Backstory's UI there, whether or not clicks pass it.
   */
  topLayerAbove(box: DOMRect): boolean {
    if (this.pageTopLayerAt < this.stackedAt) return false;
    const shown = document.querySelectorAll(':popover-open, dialog:modal, :fullscreen');
    for (let i = 0; i < shown.length; i++) {
      const el = shown[i]!;
      if (el === this.host || el.contains(this.host)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom) return true;
    }
    return false;
  }

  /** The element the host belongs in: the open modal dialog if there is one, else `<html>`. */
  private home(): Element | null {
    if (this.homeStale) {
      this.homeStale = false;
      // By index, not iteration: Firefox's content scripts cannot iterate every page object.
      const open = document.querySelectorAll('dialog:modal');
      const modal = this.lastModal?.matches(':modal') === true ? this.lastModal : open[open.length - 1];
      this.cachedHome = modal ?? document.documentElement;
    }
    return this.cachedHome;
  }

  private homeStale = true;
  private cachedHome: Element | null = null;

  /** Cheap enough for every frame: shows the host again if the page removed, moved or hid it. */
  ensure() {
    const host = this.host;
    if (!this.wanted || this.blocked) return;
    if (
      host.parentNode !== this.placedIn ||
      !host.isConnected ||
      (this.shown && !host.matches(':popover-open'))
    )
      this.show();
  }

  /** Puts the host where it is seen and clicked, on top. False once Backstory has given up. */
  show(): boolean {
    if (this.blocked) return false;
    const home = this.home();
    if (!home) return this.block('unsupported');
    const host = this.host;
    // Removed or moved by the page, or taken out of the top layer while in place.
    const moved = this.placedIn !== undefined && host.parentNode !== this.placedIn;
    const hidden =
      this.shown && this.topLayer && host.isConnected && !moved && !host.matches(':popover-open');
    if ((moved || hidden) && this.repaired()) return false;
    this.wanted = true;
    if (host.parentNode !== home || !host.isConnected) {
      home.append(host);
      this.placedIn = home;
      this.changedAt = performance.now();
    }
    if (!this.topLayer) return true;
    try {
      // Above whatever the page opened since it was last stacked: hide and show again.
      if (host.matches(':popover-open') && this.pageTopLayerAt >= this.stackedAt) host.hidePopover();
      if (!host.matches(':popover-open')) {
        host.showPopover();
        this.stackedAt = this.changedAt = performance.now();
      }
      this.shown = true;
    } catch {
      // A document that refuses popovers: draw in place; the click guard then checks every
      // ancestor's effects instead (lib/dom/ui-guard.ts).
      this.topLayer = false;
      this.setAttributes();
    }
    return true;
  }

  /** Where Backstory last put the host. */
  private placedIn: Node | undefined;
  /** Whether Backstory has the host in the top layer (and the page has no business hiding it). */
  private shown = false;

  /** No panel is open: leave the top layer (the host stays in the page, empty). */
  idle() {
    this.wanted = false;
    this.shown = false;
    if (this.host.matches(':popover-open')) this.host.hidePopover();
  }

  /** Puts right what the page changed about the host's attributes, then shows it again. */
  check() {
    if (this.blocked || !this.wanted) return;
    const names = this.host.getAttributeNames();
    const expected = this.topLayer ? ['popover'] : [];
    const tampered =
      names.length !== expected.length ||
      names.some((n) => !expected.includes(n)) ||
      (this.topLayer && this.host.getAttribute('popover') !== 'manual');
    if (tampered) {
      if (this.repaired()) return;
      for (const name of names) if (!expected.includes(name)) this.host.removeAttribute(name);
      this.setAttributes();
    }
    this.show();
  }

  /** Counts one more thing the page undid; true when that was one too many (Backstory gives up). */
  private repaired(): boolean {
    const now = performance.now();
    this.repairs = [...this.repairs.filter((t) => now - t < REPAIR_WINDOW_MS), now];
    if (this.repairs.length >= MAX_REPAIRS) this.block('interference');
    return this.blocked !== undefined;
  }

  private block(reason: UiBlockedReason): false {
    if (this.blocked) return false;
    this.blocked = reason;
    this.wanted = false;
    this.shown = false;
    this.host.remove();
    this.options.onBlocked(reason);
    return false;
  }
}
