/**
 * One floating panel of Backstory's UI on a page (the popover, the claim marker): a Preact tree
 * in the UI host's container, placed next to its anchor by Floating UI's rules (lib/dom/place-panel.ts),
 * with the stillness and visibility watches the click guards ask about (page-ui.ts).
 */
import { render, type ComponentChildren } from 'preact';
import { anchorHidden } from '@/lib/dom/anchor-hidden';
import { followAnchor } from '@/lib/dom/follow-anchor';
import { panelFrame, toBox, type PanelAnchor } from '@/lib/dom/panel-dom';
import { placePanel, type Placement } from '@/lib/dom/place-panel';
import { watchVisibility, type VisibilityWatch } from '@/lib/extension-pages/visibility';
import { StillnessWatch } from '@/lib/dom/stillness';
import type { UiHost } from '@/lib/dom/ui-host';

/** Whether keyboard focus (the kind that shows a focus ring) is in the panel or on it. */
function keyboardIn(element: HTMLElement): boolean {
  const active = (element.getRootNode() as Document | ShadowRoot).activeElement;
  return !!active && element.contains(active) && active.matches(':focus-visible');
}

/** One floating panel: shown next to an anchor, or hidden. */
export interface Panel {
  readonly element: HTMLElement;
  /**
   * Shows the panel next to `anchor`. With `roomy`: when the side of the anchor with more room has
   * less than that many pixels, the panel is laid over the foot of the viewport instead, and the
   * page scrolls the anchor clear above it where it can (the claim form at 200 % zoom, rather than
   * squeeze its fields into a slit); either way it is at most three fifths of the window tall.
   */
  show(anchor: PanelAnchor, content: ComponentChildren, focus?: boolean, roomy?: number): void;
  hide(): void;
  isOpen(): boolean;
  /**
   * True unless the browser reports the panel on show, uncovered and opaque (see
   * lib/extension-pages/visibility.ts). This sees what hit-testing cannot: a decoy laid over the panel with
   * `pointer-events: none`, which lets clicks through to a button the reader cannot see.
   */
  covered(): boolean;
  /** Whether the browser reports the panel's occlusion at all (Firefox does not). */
  tracked(): boolean;
  /** When the panel last appeared, moved or changed. */
  changedAt(): number;
  /**
   * With `hideWithAnchor`: called when the anchor goes out of sight and the panel is hidden
   * (visibility only: it comes back when the anchor does). The owner may close it instead.
   */
  onAnchorHidden?: () => void;
}

export interface PanelOptions {
  /**
   * Hide the panel while its anchor is out of sight (Floating UI's `hide` middleware): clipped
   * away by a scroller or the viewport, or covered by the page (a fixed header).
   */
  hideWithAnchor?: boolean;
}

/** The lowest a panel is squeezed to beside its anchor before it is laid over it instead. */
const MIN_HEIGHT = 120;

/**
 * Where a panel laid over the foot of the window (at `foot`) goes so that it does not cover its
 * anchor: at the foot if that is clear, else just above the anchor, else just below it, else
 * shortened into the larger gap beside it (scrolling inside), if that leaves it `MIN_HEIGHT`.
 */
function clearOf(anchor: DOMRect, foot: number, element: HTMLElement): number {
  const height = element.offsetHeight;
  if (anchor.bottom + 8 <= foot || anchor.top >= foot + height + 8) return foot;
  const [above, below] = [anchor.top - 8 - 8, innerHeight - 8 - (anchor.bottom + 8)];
  if (above >= height) return anchor.top - 8 - height;
  if (below >= height) return anchor.bottom + 8;
  const gap = Math.max(above, below);
  if (gap < MIN_HEIGHT) return foot;
  element.style.maxHeight = `${Math.floor(gap)}px`;
  return above >= below ? 8 : anchor.bottom + 8;
}

/** What the click guards need to know of a panel or notice. */
export type Guardable = Pick<Panel, 'covered' | 'tracked' | 'changedAt'>;

export function createPanel(
  ui: UiHost,
  className: string,
  placement: Placement,
  maxHeight: number,
  onHidden: () => void,
  options: PanelOptions = {},
): Panel {
  const element = document.createElement('div');
  element.className = className;
  element.hidden = true;
  element.tabIndex = -1;
  ui.container.append(element);
  let stopUpdates: (() => void) | undefined;
  let visibility: VisibilityWatch | undefined;
  /** The side chosen when the panel was placed next to its anchor, and where the anchor was. */
  let chosen: { placement: Placement; at: string } | undefined;
  /** Opened with focus (the keyboard's way in: a shortcut stepped to its name). */
  let openedWithFocus = false;
  /** Whether the page was scrolled to clear the anchor of the panel laid over the foot. */
  let revealed = false;
  const stillness = new StillnessWatch(
    element,
    () => ui.changedAt,
    () => ui.ensure(),
  );
  const where = (box: DOMRect) => `${Math.round(box.left)},${Math.round(box.top)}`;

  /** Places the panel once by Floating UI's rules; `cramped`: laid over the foot of the viewport. */
  const place = (anchor: PanelAnchor, side: Placement, flip: boolean, roomy: number | undefined) => {
    const frame = panelFrame(element);
    let cramped = false;
    const placed = placePanel({
      placement: side,
      flip,
      rtl: frame.rtl,
      clip: frame.clip,
      anchor: () => toBox(anchor.getBoundingClientRect()),
      lines: () => Array.from(anchor.getClientRects?.() ?? [], toBox),
      panel: frame.size,
      // Never taller than the room there is: the actions must stay on screen. Where a side has
      // less than the least usable height, the panel keeps that height and is shifted over its
      // anchor to stay in view (a small frame), never past the edge.
      fit(availableHeight) {
        cramped = roomy !== undefined && availableHeight < roomy;
        // A `roomy` panel (the claim form) takes at most three fifths of the window, beside its
        // passage or laid over the page: the article stays in view (the form scrolls inside, and
        // folds to its Save if the reader asks).
        const room = Math.min(cramped ? Infinity : availableHeight, roomy ? innerHeight * 0.6 : Infinity);
        const least = Math.min(MIN_HEIGHT, frame.clip.height - 16);
        element.style.maxHeight = `${Math.max(least, Math.min(maxHeight, Math.floor(room)))}px`;
      },
    });
    return { ...placed, cramped };
  };

  const panel: Panel = {
    element,
    show(anchor, content, focus = false, roomy) {
      // The page may have removed the host, moved it or opened a modal dialog: put it back on top.
      if (!ui.show()) return;
      render(content, element);
      const first = element.hidden;
      element.hidden = false;
      if (first) stillness.start();
      if (first || chosen?.at !== where(anchor.getBoundingClientRect())) chosen = undefined;
      stopUpdates?.();
      // Focused before the first placement, so a card opened from the keyboard counts as in use
      // from the start (below) and is never hidden before it could take focus.
      if (first) openedWithFocus = focus;
      if (focus && first) element.focus({ preventScroll: true });
      let outOfSight = false;
      stopUpdates = followAnchor(anchor, element, () => {
        if (options.hideWithAnchor) {
          // A panel opened from the keyboard, or the reader is in from the keyboard, stays on show: hiding it would drop their
          // place, and a page could pull focus out of it by scrolling or laying a box over the
          // name. (A mouse click on Pin also focuses, but shows no focus ring: that card may go.)
          const hidden =
            !openedWithFocus && !keyboardIn(element) && anchorHidden(anchor, (el) => el === ui.host);
          // Told before it is hidden, while what had focus in it still has it.
          if (hidden && !outOfSight) panel.onAnchorHidden?.();
          // Coming back on show (or going) moves the controls under the pointer as surely as a
          // move does: the click guards' wait starts again, or a page could hide the panel with a
          // cover and lift it just as the reader clicks where a button is about to reappear.
          if (hidden !== outOfSight) stillness.changed();
          outOfSight = hidden;
          if (element.hidden) return; // closed by its owner
          element.style.visibility = hidden ? 'hidden' : '';
          if (hidden) return;
        }
        const now = where(anchor.getBoundingClientRect());
        // Once placed, the panel stays on its side while it grows or shrinks (a card that jumped
        // to the other side of its name as the reader opened a section would leave the pointer
        // behind). Once its anchor moves (a scroll), the side is chosen again, this one first, as
        // Floating UI's flip does on every update: a card scrolled towards the edge goes where
        // there is room rather than shrinking off screen.
        let placed = chosen && place(anchor, chosen.placement, chosen.at !== now, roomy);
        if (!placed || placed.placement !== chosen?.placement) {
          // Measured at its natural height, so the side with room for all of it is found.
          element.style.maxHeight = '';
          placed = place(anchor, chosen?.placement ?? placement, true, roomy);
        }
        chosen = { placement: placed.placement, at: now };
        let top = placed.cramped ? Math.max(8, window.innerHeight - element.offsetHeight - 8) : placed.y;
        // Once, as it is first laid over the foot: the page scrolls the passage just marked clear
        // above it, as far as the passage's top allows, so the form does not cover what it quotes.
        if (placed.cramped && !revealed) {
          revealed = true;
          const box = anchor.getBoundingClientRect();
          const by = Math.min(box.bottom + 8 - top, box.top - 8);
          if (by > 0) window.scrollBy(0, by);
        }
        // A page that cannot scroll that far (the passage ends it), or a form that grew since:
        // the form goes where the passage stays in view, on every update.
        if (placed.cramped) top = clearOf(anchor.getBoundingClientRect(), top, element);
        element.style.transform = `translate(${Math.round(placed.x)}px, ${Math.round(top)}px)`;
      });
      // The last report stays on the panel, inside the closed root, for tests to wait on.
      visibility ??= watchVisibility(element, (visible) => {
        element.dataset['onShow'] = String(visible);
      });
    },
    hide() {
      if (element.hidden) return;
      element.hidden = true;
      revealed = false;
      element.style.visibility = '';
      stopUpdates?.();
      stopUpdates = undefined;
      visibility?.stop();
      visibility = undefined;
      delete element.dataset['onShow'];
      stillness.stop();
      render(null, element);
      onHidden();
    },
    isOpen: () => !element.hidden,
    covered: () => visibility?.hidden() ?? true,
    tracked: () => visibility?.tracked() ?? true,
    changedAt: () => stillness.changedAt(),
  };
  return panel;
}
