/**
 * Which block containers are near the viewport. Backstory registers highlights only for
 * mentions there, because Chromium rebuilds the markers of every registered highlight range
 * whenever the page's DOM or style changes or a highlight changes: with every mention of a
 * 5 MB live blog registered, each frame would pay for tens of thousands of ranges. Near the
 * viewport there are at most a few hundred, whatever the page's length.
 */

/** How far beyond the viewport mentions are drawn: two screens above and below, so scrolling never shows undrawn text. */
const MARGIN = '200% 50% 200% 50%';

export class Nearby {
  private readonly observer: IntersectionObserver | undefined;
  private readonly near = new Set<Node>();
  private readonly watched = new Set<Element>();

  constructor(private readonly onChange: (container: Node, near: boolean) => void) {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => this.update(entries), { rootMargin: MARGIN });
  }

  /** Mentions in a container should be drawn now. Containers that are not elements always are. */
  isNear(container: Node): boolean {
    return !this.observer || container.nodeType !== 1 || this.near.has(container);
  }

  /** Starts following a container; `seenVisible` when the caller already knows it is on screen. */
  watch(container: Node, seenVisible: boolean) {
    if (!this.observer || container.nodeType !== 1) return;
    const element = container as Element;
    if (seenVisible) this.near.add(element);
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.observer.observe(element);
  }

  forget(container: Node) {
    if (!this.observer || container.nodeType !== 1) return;
    const element = container as Element;
    if (!this.watched.delete(element)) return;
    this.observer.unobserve(element);
    this.near.delete(element);
  }

  disconnect() {
    this.observer?.disconnect();
    this.watched.clear();
    this.near.clear();
  }

  private update(entries: IntersectionObserverEntry[]) {
    // Only `isIntersecting` is read: the geometry getters allocate, and the first callback
    // lists every container. (A container with no box of its own, `display: contents` with
    // bare text in it, is never reported near, so its few mentions go undrawn but still work
    // from the keyboard and the side panel.)
    for (const entry of entries) {
      const near = entry.isIntersecting;
      if (near === this.near.has(entry.target)) continue;
      if (near) this.near.add(entry.target);
      else this.near.delete(entry.target);
      this.onChange(entry.target, near);
    }
  }
}
