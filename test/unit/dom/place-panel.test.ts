/**
 * lib/dom/place-panel.ts against Floating UI itself (the library the content script used to carry,
 * kept as a dev dependency for this check): the same anchor, panel and viewport must give the same
 * corner and side, with the middleware the panels used.
 */
import { computePosition, flip, inline, offset, shift, size, type Platform } from '@floating-ui/core';
import { array, assert, asyncProperty, boolean, constantFrom, integer, record } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePanel, type Box, type Placement } from '@/lib/dom/place-panel';

interface Case {
  placement: Placement;
  flip: boolean;
  rtl: boolean;
  clip: Box;
  lines: Box[];
  natural: { width: number; height: number };
}

/** A panel whose height follows the max-height `fit` sets (at least 120 px, as panel.ts does). */
function panelModel(natural: { width: number; height: number }) {
  let maxHeight = Infinity;
  return {
    size: () => ({ width: natural.width, height: Math.min(natural.height, maxHeight) }),
    fit: (available: number) => {
      maxHeight = Math.max(120, Math.min(640, Math.floor(available)));
    },
  };
}

const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
};

const clientRect = (b: Box) => ({ ...b, left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });

async function withFloatingUi(c: Case) {
  const panel = panelModel(c.natural);
  const platform: Platform = {
    getElementRects: ({ reference }) => ({
      reference: (reference as { getBoundingClientRect(): Box }).getBoundingClientRect(),
      floating: { x: 0, y: 0, ...panel.size() },
    }),
    getClippingRect: () => c.clip,
    getDimensions: () => panel.size(),
    getClientRects: () => c.lines.map(clientRect),
    isRTL: () => c.rtl,
    isElement: () => true,
  };
  const reference = { getBoundingClientRect: () => clientRect(union(c.lines)) };
  const placed = await computePosition(
    reference,
    {},
    {
      strategy: 'fixed',
      placement: c.placement,
      platform,
      middleware: [
        inline(),
        offset(8),
        ...(c.flip ? [flip({ padding: 8, fallbackStrategy: 'bestFit' })] : []),
        shift({ padding: 8 }),
        size({ padding: 8, apply: ({ availableHeight }) => panel.fit(availableHeight) }),
        // Once sized, a panel still past an edge (kept at its least usable height) slides back
        // into view across its side.
        shift({ padding: 8, mainAxis: false, crossAxis: true }),
      ],
    },
  );
  return { x: placed.x, y: placed.y, placement: placed.placement, height: panel.size().height };
}

function withOurs(c: Case) {
  const panel = panelModel(c.natural);
  const placed = placePanel({
    placement: c.placement,
    flip: c.flip,
    rtl: c.rtl,
    clip: c.clip,
    anchor: () => union(c.lines),
    lines: () => c.lines,
    panel: panel.size,
    fit: panel.fit,
  });
  return { ...placed, height: panel.size().height };
}

const int = (min: number, max: number) => integer({ min, max });
const box = record({ x: int(-200, 1400), y: int(-200, 1000), width: int(1, 400), height: int(8, 40) });
const cases = record({
  placement: constantFrom<Placement>('bottom-start', 'bottom-end', 'top-start', 'top-end'),
  flip: boolean(),
  rtl: boolean(),
  clip: record({ x: int(0, 20), y: int(0, 20), width: int(200, 1400), height: int(150, 1000) }),
  // A mention on one line, or wrapped over two or three (each next line below the last).
  lines: array(box, { minLength: 1, maxLength: 3 }).map((boxes) =>
    boxes.map((b, i) => (i === 0 ? b : { ...b, y: boxes[0]!.y + i * 24 })),
  ),
  natural: record({ width: int(150, 420), height: int(60, 900) }),
});

describe('placePanel', () => {
  it('puts the panel where Floating UI did, on every side and viewport', async () => {
    await assert(
      asyncProperty(cases, async (c) => {
        expect(withOurs(c)).toEqual(await withFloatingUi(c));
      }),
      { numRuns: 2000 },
    );
  });

  it('goes above a mention at the foot of the viewport, and below one at the top', () => {
    const at = (y: number) =>
      withOurs({
        placement: 'bottom-start',
        flip: true,
        rtl: false,
        clip: { x: 0, y: 0, width: 1000, height: 800 },
        lines: [{ x: 100, y, width: 80, height: 20 }],
        natural: { width: 380, height: 300 },
      });
    expect(at(700)).toMatchObject({ placement: 'top-start', x: 100, y: 700 - 8 - 300 });
    expect(at(50)).toMatchObject({ placement: 'bottom-start', x: 100, y: 50 + 20 + 8 });
  });

  it('keeps a panel squeezed to its least height in view, over its anchor, in a small frame', () => {
    const placed = withOurs({
      placement: 'bottom-start',
      flip: true,
      rtl: false,
      clip: { x: 0, y: 0, width: 300, height: 180 },
      lines: [{ x: 20, y: 80, width: 60, height: 20 }],
      natural: { width: 280, height: 400 },
    });
    expect(placed.height).toBe(120);
    expect(placed.y).toBeGreaterThanOrEqual(8);
    expect(placed.y + placed.height).toBeLessThanOrEqual(180 - 8);
  });
});
