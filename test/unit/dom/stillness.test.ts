import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { DWELL_MS } from '@/lib/dom/presses';
import { StillnessWatch } from '@/lib/dom/stillness';

/**
 * `data-ready` says a panel has stood still long enough for a click to count. Tests (and the
 * press rules) read it between frames, so a change must take it away at once, not a frame later.
 */
describe('StillnessWatch', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function runFrame() {
    const pending = frames;
    frames = [];
    for (const callback of pending) callback(performance.now());
  }

  function watched() {
    const { document, MutationObserver } = parseHTML('<html><body><p>Save details</p></body></html>');
    vi.stubGlobal('MutationObserver', MutationObserver);
    const panel = document.body;
    panel.getBoundingClientRect = () => ({ x: 0, y: 0, width: 100, height: 40 }) as DOMRect;
    const watch = new StillnessWatch(
      panel,
      () => 0,
      () => undefined,
    );
    watch.start();
    runFrame();
    vi.advanceTimersByTime(DWELL_MS + 1);
    runFrame();
    return { panel, watch };
  }

  it('is ready once the panel has stood still for the dwell', () => {
    const { panel } = watched();
    expect(panel.hasAttribute('data-ready')).toBe(true);
  });

  it('stops being ready at once when told of a change, until it has stood still again', () => {
    const { panel, watch } = watched();
    watch.changed();
    expect(panel.hasAttribute('data-ready')).toBe(false);
    runFrame();
    expect(panel.hasAttribute('data-ready')).toBe(false);
    vi.advanceTimersByTime(DWELL_MS + 1);
    runFrame();
    expect(panel.hasAttribute('data-ready')).toBe(true);
  });
});
