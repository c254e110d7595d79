/**
 * Hover intent: a popover opens only after the pointer rests on a mention for the configured
 * delay (or at once with the modifier key, in modifier-only mode), stays open while the
 * pointer is over the mention or the popover, and closes a moment after it leaves both.
 * Selection wins over hover: nothing opens while a mouse button is down (the reader may be
 * selecting text) or while the caller says it is blocked.
 */
import type { Mention } from './mention';

export interface HoverOptions {
  delayMs: number;
  /** When set, popovers open only while this key is held. */
  modifier: 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
  /** How long the popover survives after the pointer leaves it and the mention. */
  graceMs?: number;
  hitTest: (x: number, y: number) => Mention | undefined;
  /** True when the pointer event happened over Backstory's own UI (called during dispatch). */
  isOwnUi: (event: PointerEvent) => boolean;
  /** While true, no card opens (the reader is being offered to mark a selection). */
  blocked?: () => boolean;
  /** The pointer started resting on a mention (prefetch here). */
  onHoverStart: (mention: Mention) => void;
  /** The pointer rested long enough: show the popover. */
  onIntent: (mention: Mention) => void;
  /** The pointer left the mention and the popover. */
  onLeave: () => void;
  /** Where the pointer is, as last decided (tests wait on this instead of the clock). */
  onState?: (state: HoverState) => void;
}

/**
 * `mention` and `own-ui` keep a popover open; `leaving` is the grace period after the pointer
 * left both; `away` once it has run out; `blocked` while a button is down or the caller blocks
 * cards (selection wins over hover).
 */
export type HoverState = 'mention' | 'own-ui' | 'leaving' | 'away' | 'blocked';

const modifierHeld = (event: PointerEvent | MouseEvent, key: HoverOptions['modifier']) =>
  key === 'none' ||
  (key === 'Alt' && event.altKey) ||
  (key === 'Shift' && event.shiftKey) ||
  (key === 'Control' && event.ctrlKey) ||
  (key === 'Meta' && event.metaKey);

const FRAME_MS = 16;

export class HoverTracker {
  private current: Mention | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: PointerEvent | undefined;
  private pendingIsOwnUi = false;
  private frame = 0;
  private state: HoverState | undefined;

  constructor(
    private options: HoverOptions,
    signal: AbortSignal,
    target: Document,
  ) {
    target.addEventListener('pointermove', (event) => this.schedule(event), {
      passive: true,
      capture: true,
      signal,
    });
    // A press the page made up cannot take away the card the reader's pointer is opening.
    target.addEventListener('pointerdown', (event) => void (event.isTrusted && this.cancelOpen()), {
      passive: true,
      capture: true,
      signal,
    });
    signal.addEventListener('abort', () => {
      this.cancelOpen();
      clearTimeout(this.closeTimer);
      cancelAnimationFrame(this.frame);
    });
  }

  update(options: Partial<HoverOptions>) {
    this.options = { ...this.options, ...options };
  }

  private lastProcessed = -Infinity;

  /**
   * Hit-testing reads layout: at most once per frame. A move after a quiet spell is answered at
   * once (waiting for the next frame would add up to 16 ms to every popover); moves that come
   * faster are coalesced into one answer per frame, for the latest position.
   */
  private schedule(event: PointerEvent) {
    // Only the reader's own pointer opens a card: a move the page dispatched itself would let it
    // open Backstory's UI at will and time or watch what follows (SECURITY.md).
    if (event.pointerType === 'touch' || !event.isTrusted) return;
    this.pending = event;
    // Decided now: an event's composed path is empty once its dispatch is over.
    this.pendingIsOwnUi = this.options.isOwnUi(event);
    if (this.frame) return;
    if (event.timeStamp - this.lastProcessed > FRAME_MS) this.process();
    else this.frame = requestAnimationFrame(() => this.process());
  }

  private process() {
    this.frame = 0;
    this.lastProcessed = performance.now();
    const event = this.pending;
    this.pending = undefined;
    if (!event) return;
    if (this.pendingIsOwnUi) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
      this.report('own-ui');
      return;
    }
    if (event.buttons > 0 || this.options.blocked?.()) {
      // Dragging or selecting: forget the mention under the pointer and open nothing.
      this.current = undefined;
      this.cancelOpen();
      this.report('blocked');
      return;
    }
    const mention = modifierHeld(event, this.options.modifier)
      ? this.options.hitTest(event.clientX, event.clientY)
      : undefined;
    if (mention) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
      this.report('mention');
      if (mention !== this.current) {
        this.current = mention;
        this.cancelOpen();
        this.options.onHoverStart(mention);
        const delay = this.options.modifier === 'none' ? this.options.delayMs : 0;
        this.openTimer = setTimeout(() => {
          this.openTimer = undefined;
          if (this.current === mention) this.options.onIntent(mention);
        }, delay);
      }
      return;
    }
    this.current = undefined;
    this.cancelOpen();
    this.closeTimer ??= setTimeout(() => {
      this.closeTimer = undefined;
      this.options.onLeave();
      // Only the grace period ends here: a later state (a selection began: 'blocked') stands.
      if (this.state === 'leaving') this.report('away');
    }, this.options.graceMs ?? 300);
    this.report('leaving');
  }

  private report(state: HoverState) {
    this.state = state;
    this.options.onState?.(state);
  }

  private cancelOpen() {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  /** Forget the current mention (after the popover was closed by other means). */
  reset() {
    this.current = undefined;
    this.cancelOpen();
  }
}
