/**
 * Which part of one long block is near the viewport. Nearby (nearby.ts) decides per block
 * container, which is enough for paragraphs; a live blog in one 10 MB text node is a single
 * container with hundreds of thousands of mentions, and drawing them all would make every frame
 * rebuild that many highlight markers. The text at the top and bottom of what is visible of the
 * block is found with two caret hit tests: measuring ranges instead costs 50 ms and more each
 * deep inside a text node that long (Chromium 156).
 */
import type { TextBlock } from './blocks';
import { caretAt } from './caret';

/** Text offsets `[start, end)` of a long block whose mentions should be drawn. */
export interface TextSpan {
  start: number;
  end: number;
}

export const EMPTY_SPAN: TextSpan = { start: 0, end: 0 };

/** Two screens above and below the viewport, as for whole containers (nearby.ts). */
const SCREENS_AROUND = 2;

/**
 * The span of a block's text within two screens of the viewport. Where the caret lands outside
 * the block (another block's text in the same container, an image), the offset is estimated
 * from the container's geometry, as if its text were spread evenly over its height.
 */
export function spanNearViewport(doc: Document, block: TextBlock): TextSpan {
  const view = doc.defaultView;
  const length = block.text.length;
  if (!view || block.container.nodeType !== 1 || length === 0) return { start: 0, end: length };
  const box = (block.container as Element).getBoundingClientRect();
  if (box.height <= 0) return EMPTY_SPAN;
  const charsPerPixel = length / box.height;
  const estimate = (y: number) => Math.round((y - box.top) * charsPerPixel);
  const offsetAt = (y: number) => {
    const x = Math.min(Math.max(box.left + box.width / 2, 0), view.innerWidth - 1);
    return offsetOfCaret(doc, block, x, y) ?? estimate(y);
  };
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, view.innerHeight);
  const screen = view.innerHeight * charsPerPixel;
  const [first, last] =
    top < bottom
      ? [offsetAt(top + 1), offsetAt(bottom - 1)]
      : // Near but off screen: the edge of the block nearest the viewport.
        [estimate(top), estimate(bottom)];
  const around = Math.max(last - first, screen) * SCREENS_AROUND;
  const start = Math.max(0, Math.min(first, last) - around);
  const end = Math.min(length, Math.max(first, last) + around);
  return start < end ? { start, end } : EMPTY_SPAN;
}

/** The block offset of the caret at a point, if the caret lands in the block's text. */
function offsetOfCaret(doc: Document, block: TextBlock, x: number, y: number): number | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.offsetNode.nodeType !== 3) return undefined;
  const index = block.nodes.indexOf(caret.offsetNode as Text);
  return index < 0 ? undefined : block.starts[index]! + caret.offset;
}

/** The first index in `[0, length)` for which `test` holds, given it holds for every later one. */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first mention starting at or after `offset` (mentions sorted by start). */
export function indexAtOrAfter(mentions: readonly { start: number }[], offset: number): number {
  return firstIndex(mentions.length, (i) => mentions[i]!.start >= offset);
}

/**
 * Calls `onMove` at most once a frame after the page or anything in it scrolls or the window
 * is resized: what is near the viewport may have changed.
 */
export class ViewportMoves {
  private frame = 0;
  private readonly controller = new AbortController();

  constructor(
    private readonly view: Window,
    private readonly onMove: () => void,
  ) {
    const options = { capture: true, passive: true, signal: this.controller.signal };
    // Scroll events do not bubble; a capturing listener still hears those of inner scrollers.
    view.addEventListener('scroll', () => this.schedule(), options);
    view.addEventListener('resize', () => this.schedule(), options);
  }

  /** Asks for `onMove` in the next frame (also used when a long block is read or comes near). */
  schedule() {
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.onMove();
    });
  }

  disconnect() {
    this.controller.abort();
    this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
