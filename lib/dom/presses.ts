/**
 * Clicks that count: a click on one of Backstory's controls is the reader's only if the browser
 * made it (`isTrusted`), the press and the release both landed on that same control, and the
 * control had stood still, where it is, for a moment before the press (`DWELL_MS`). A page that
 * slides a button under the pointer between the two presses of a double-click, or makes one
 * appear just as the reader clicks, gets nothing. Keyboard activation (Enter or Space, which
 * the page cannot fake) needs the control focused and still for as long.
 */

/** How long a control must have stood still before a press on it counts. */
export const DWELL_MS = 400;

/** The interactive element an event happened on. */
export function controlOf(event: Event): Element | undefined {
  const target = event.composedPath()[0];
  return target instanceof Element
    ? (target.closest('button, a[href], input, select, textarea, summary, iframe') ?? undefined)
    : undefined;
}

interface Press {
  control: Element | undefined;
  pointerId: number;
  trusted: boolean;
  at: number;
  x: number;
  y: number;
}

/** The latest press and release of the pointer inside a document or shadow root. */
export class PressTracker {
  down: Press | undefined;
  up: Press | undefined;

  constructor(root: Document | ShadowRoot, signal: AbortSignal) {
    const record = (event: Event): Press => {
      const e = event as PointerEvent;
      return {
        control: controlOf(e),
        pointerId: e.pointerId,
        trusted: e.isTrusted,
        at: performance.now(),
        x: e.clientX,
        y: e.clientY,
      };
    };
    const options = { capture: true, signal };
    root.addEventListener(
      'pointerdown',
      (event) => {
        this.down = record(event);
        this.up = undefined;
      },
      options,
    );
    root.addEventListener('pointerup', (event) => (this.up = record(event)), options);
  }
}

/** How long a control has stood still, as its panel reports it. */
export interface Stillness {
  /** `performance.now()` when the control (its panel) last appeared, moved or changed. */
  changedAt(): number;
}

/**
 * Why a click on `control` is not the reader's deliberate click, or undefined when it is; the
 * points where the pointer was pressed and released come back for the visibility check.
 */
export function pressRefusal(
  event: MouseEvent,
  control: Element,
  presses: PressTracker,
  still: Stillness,
  focused: Element | null,
): { why: string } | { points: [number, number][] } {
  if (!event.isTrusted) return { why: 'that click did not come from you' };
  if (event.detail === 0) {
    // Enter or Space on a focused control: no pointer involved, nothing to slide under it.
    if (focused !== control) return { why: 'that click did not come from you' };
    if (performance.now() - still.changedAt() < DWELL_MS)
      return { why: 'Backstory’s button had only just appeared or moved; try again' };
    return { points: [] };
  }
  const { down, up } = presses;
  if (!down || !up || !down.trusted || !up.trusted || down.pointerId !== up.pointerId)
    return { why: 'that click did not come from you' };
  if (down.control !== control || up.control !== control)
    return { why: 'the press and the release were not on the same button' };
  const changed = still.changedAt();
  if (down.at - changed < DWELL_MS || changed > down.at)
    return { why: 'Backstory’s button had only just appeared or moved; try again' };
  return {
    points: [
      [down.x, down.y],
      [up.x, up.y],
      [event.clientX, event.clientY],
    ],
  };
}
