/**
 * When a panel of Backstory's UI last appeared, moved, resized or changed its content: clicks
 * on its controls count only once it has stood still for a moment (lib/dom/presses.ts). While
 * the panel is on show, its box is compared every frame, so a page that moves it (by moving the
 * text it is anchored to, or anything else) restarts the wait. The panel carries `data-ready`
 * once the wait is over: tests wait on it, and the page cannot see it (closed shadow root).
 */
import { DWELL_MS, type Stillness } from './presses';

export class StillnessWatch implements Stillness {
  private since = 0;
  private box: DOMRect | undefined;
  private frame = 0;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly element: HTMLElement,
    /** When the host last appeared or was restacked (lib/dom/ui-host.ts). */
    private readonly hostChangedAt: () => number,
    /** Runs every frame while the panel is on show (puts back a host the page removed). */
    private readonly onFrame: () => void,
  ) {}

  changedAt(): number {
    return Math.max(this.since, this.hostChangedAt());
  }

  /** The panel appeared (or was already on show and its content was replaced). */
  start() {
    this.since = performance.now();
    this.box = undefined;
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        // The panel's own attributes (position, size, `data-ready`) are Backstory's; a change
        // inside it (new content, another layout) moves the controls.
        if (records.some((r) => r.target !== this.element)) this.changed();
      });
      this.observer.observe(this.element, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
    if (this.frame === 0) this.frame = requestAnimationFrame(this.tick);
  }

  /**
   * Something moved the controls now: the wait starts again at once, and `data-ready` goes at
   * once rather than at the next frame, so nothing that reads it (a test) sees a stale "ready".
   */
  changed() {
    this.since = performance.now();
    this.element.removeAttribute('data-ready');
  }

  stop() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.observer = undefined;
    this.element.removeAttribute('data-ready');
  }

  private readonly tick = () => {
    this.onFrame();
    const box = this.element.getBoundingClientRect();
    const last = this.box;
    if (
      !last ||
      last.x !== box.x ||
      last.y !== box.y ||
      last.width !== box.width ||
      last.height !== box.height
    ) {
      if (last) this.since = performance.now();
      this.box = box;
    }
    const ready = performance.now() - this.changedAt() >= DWELL_MS;
    if (ready !== this.element.hasAttribute('data-ready')) this.element.toggleAttribute('data-ready', ready);
    this.frame = requestAnimationFrame(this.tick);
  };
}
