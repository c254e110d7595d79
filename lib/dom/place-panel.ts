/**
 * Where a floating panel goes next to its anchor: the placement rules Backstory used from Floating
 * UI (`inline`, `offset`, `flip` with `bestFit`, `shift`, `size`, each with 8 px of padding), for
 * the only placements it uses (below or above, aligned to a start or end edge), written out so the
 * content script does not carry the whole library (about 7 KB gzipped of its 75; issue #19). The
 * steps, their order and the restarts after a flip or a resize are Floating UI's, so panels land
 * where they did. Pure: the DOM reads come in as functions (lib/dom/panel-dom.ts), in viewport
 * pixels.
 */

export type Side = 'top' | 'bottom';
export type Placement = `${Side}-${'start' | 'end'}`;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlaceRequest {
  placement: Placement;
  /** Try the other side and the other edge when this one overflows (off once a side is chosen). */
  flip: boolean;
  rtl: boolean;
  /** The area the panel must stay in (the visual viewport, less any clipping ancestor). */
  clip: Box;
  /** The anchor's bounding box and its boxes line by line (a mention may wrap). */
  anchor: () => Box;
  lines: () => Box[];
  /** The panel's size now. */
  panel: () => { width: number; height: number };
  /** Told the height there is on the chosen side; may resize the panel (it is measured again). */
  fit: (availableHeight: number) => void;
}

const GAP = 8;
const PADDING = 8;
/** Floating UI's bound on restarts, against a panel whose size never settles. */
const MAX_RESTARTS = 50;

const sideOf = (p: Placement): Side => (p.startsWith('top') ? 'top' : 'bottom');
const opposite = (p: Placement): Placement =>
  (p.startsWith('top') ? p.replace('top', 'bottom') : p.replace('bottom', 'top')) as Placement;
const otherEdge = (p: Placement): Placement =>
  (p.endsWith('start') ? p.replace('start', 'end') : p.replace('end', 'start')) as Placement;

/** Boxes of one line (tops within half a height of the previous) merged, top to bottom. */
function byLine(boxes: readonly Box[]): Box[] {
  const sorted = boxes.toSorted((a, b) => a.y - b.y);
  const groups: Box[][] = [];
  let previous: Box | undefined;
  for (const box of sorted) {
    if (!previous || box.y - previous.y > previous.height / 2) groups.push([box]);
    else groups[groups.length - 1]!.push(box);
    previous = box;
  }
  return groups.map(union);
}

function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Floating UI's `inline()`: a wrapped anchor is its first line above, its last line below. */
function inlineAnchor(lines: readonly Box[], fallback: Box, placement: Placement): Box {
  if (lines.length === 0) return fallback;
  const rows = byLine(lines);
  if (rows.length < 2) return union(lines);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const edge = sideOf(placement) === 'top' ? first : last;
  return { x: edge.x, y: first.y, width: edge.width, height: last.y + last.height - first.y };
}

interface Overflow {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** How far a box at (x, y) overflows the padded clip on each side (negative: room left). */
function overflowAt(x: number, y: number, size: { width: number; height: number }, clip: Box): Overflow {
  return {
    top: clip.y - y + PADDING,
    bottom: y + size.height - (clip.y + clip.height) + PADDING,
    left: clip.x - x + PADDING,
    right: x + size.width - (clip.x + clip.width) + PADDING,
  };
}

/** The side's coordinates, the gap included (Floating UI's placement plus `offset(8)`). */
function coordsFor(anchor: Box, size: { width: number; height: number }, placement: Placement, rtl: boolean) {
  const side = sideOf(placement);
  const y = side === 'bottom' ? anchor.y + anchor.height + GAP : anchor.y - size.height - GAP;
  const centre = anchor.width / 2 - size.width / 2;
  const sign = (placement.endsWith('end') ? 1 : -1) * (rtl ? -1 : 1);
  return { x: anchor.x + centre + sign * centre, y };
}

/** The two sides across the axis a flip looks at, the aligned edge first (Floating UI's order). */
function alignmentSides(placement: Placement, anchorWidth: number, panelWidth: number, rtl: boolean) {
  let main: 'left' | 'right' = placement.endsWith(rtl ? 'end' : 'start') ? 'right' : 'left';
  if (anchorWidth > panelWidth) main = main === 'left' ? 'right' : 'left';
  return [main, main === 'left' ? 'right' : 'left'] as const;
}

/** Places the panel; returns its top-left corner in viewport pixels and the side it went to. */
export function placePanel(request: PlaceRequest): { x: number; y: number; placement: Placement } {
  const { clip, rtl } = request;
  const initial = request.placement;
  const candidates = [initial, otherEdge(initial), opposite(initial), otherEdge(opposite(initial))];
  let placement = initial;
  let bounds = request.anchor();
  let size = request.panel();
  let flipped = { index: 0, tried: [] as { placement: Placement; overflows: number[] }[] };
  let x = 0;
  let y = 0;
  for (let restarts = 0; ;) {
    const canRestart = restarts < MAX_RESTARTS;
    const anchor = inlineAnchor(request.lines(), bounds, placement);
    ({ x, y } = coordsFor(anchor, size, placement, rtl));
    if (request.flip) {
      const over = overflowAt(x, y, size, clip);
      const [a, b] = alignmentSides(placement, anchor.width, size.width, rtl);
      const overflows = [over[sideOf(placement)], over[a], over[b]];
      const tried = [...flipped.tried, { placement, overflows }];
      if (overflows.some((o) => o > 0)) {
        const next = candidates[flipped.index + 1];
        let reset: Placement | undefined;
        if (next) {
          flipped = { index: flipped.index + 1, tried };
          reset = next;
        } else {
          // The first side where the panel fits along the axis, the least cut across; else the
          // least cut in all.
          reset =
            tried.filter((t) => t.overflows[0]! <= 0).toSorted((p, q) => p.overflows[1]! - q.overflows[1]!)[0]
              ?.placement ??
            tried
              .map((t) => ({
                placement: t.placement,
                cut: t.overflows.filter((o) => o > 0).reduce((s, o) => s + o, 0),
              }))
              .toSorted((p, q) => p.cut - q.cut)[0]!.placement;
        }
        if (reset !== placement && canRestart) {
          placement = reset;
          restarts++;
          continue;
        }
      }
    }
    // shift(): slide along the side, never past the padded edges.
    const shiftOver = overflowAt(x, y, size, clip);
    x = Math.max(x + shiftOver.left, Math.min(x, x - shiftOver.right));
    // size(): the height there is on this side, within the clip.
    const over = overflowAt(x, y, size, clip);
    request.fit(Math.min(size.height - over[sideOf(placement)], size.height - over.top - over.bottom));
    const resized = request.panel();
    if ((resized.width !== size.width || resized.height !== size.height) && canRestart) {
      size = resized;
      bounds = request.anchor();
      restarts++;
      continue;
    }
    // shift() across the side too (Floating UI's `crossAxis`): a panel kept at its least usable
    // height where the side has less room slides back into view over its anchor, never past the
    // edge; the top edge wins where even that does not fit.
    y = Math.max(clip.y + PADDING, Math.min(y, clip.y + clip.height - PADDING - size.height));
    return { x, y, placement };
  }
}
