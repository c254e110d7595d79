/**
 * Whether an extension page framed inside a web page is really on show, from the browser's own
 * occlusion tracking (IntersectionObserver v2, `trackVisibility`): false when the page covers
 * the frame or makes it (or an ancestor) transparent, transformed or filtered. The frame cannot
 * look at the page around it; the browser can.
 */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export interface VisibilityWatch {
  /** True once the browser reported the target covered or faded; false while it is on show. */
  hidden(): boolean;
  /**
   * `performance.now()` when the browser last reported the target coming into plain view (when
   * watching began, where the browser cannot tell).
   */
  visibleSince(): number;
  /** Whether the browser reports occlusion at all (Firefox does not). */
  tracked(): boolean;
  stop(): void;
}

/**
 * Watches `target`'s visibility as the browser reports it. `onReport` hears each report (tests
 * wait on it rather than on the clock: the browser reports at most every 100 ms, later on a busy
 * machine).
 */
export function watchVisibility(target: Element, onReport?: (visible: boolean) => void): VisibilityWatch {
  // Until the first report, assume the worst: a click in the first 100 ms cannot be trusted.
  let visible: boolean | undefined;
  let supported = true;
  let since = performance.now();
  let observer: IntersectionObserver | undefined;
  try {
    observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1) as VisibilityEntry | undefined;
        if (!entry) return;
        if (entry.isVisible === undefined) supported = false;
        else {
          if (entry.isVisible && visible !== true) since = performance.now();
          visible = entry.isVisible;
          onReport?.(visible);
        }
      },
      { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
  } catch {
    supported = false;
  }
  return {
    // Browsers without visibility tracking (Firefox) cannot tell: the guard then lets clicks through.
    hidden: () => supported && visible !== true,
    visibleSince: () => since,
    tracked: () => supported,
    stop: () => observer?.disconnect(),
  };
}
