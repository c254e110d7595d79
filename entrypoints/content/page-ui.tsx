/**
 * Backstory's UI on a web page: one host element with a closed shadow root (lib/dom/ui-host.ts)
 * holding the popover and the claim marker, each a Preact tree positioned with Floating UI.
 * Nothing else of Backstory's is ever added to the page. Every action in it goes through
 * `refusal`: a trusted press and release on the same control, still for a moment, and plainly
 * on show at that moment (lib/dom/presses.ts, lib/dom/ui-guard.ts).
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type Placement,
  type VirtualElement,
} from '@floating-ui/dom';
import { render, type ComponentChildren } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import cardCss from '@/components/entity-card.css?inline';
import popoverCss from '@/components/popover.css?inline';
import markerCss from '@/components/claim-marker.css?inline';
import toastCss from '@/components/toast.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchVisibility, type VisibilityWatch } from '@/lib/extension-pages/visibility';
import { PressTracker, pressRefusal, DWELL_MS } from '@/lib/dom/presses';
import { StillnessWatch } from '@/lib/dom/stillness';
import { hiddenReason } from '@/lib/dom/ui-guard';
import { UiHost, type UiBlockedReason } from '@/lib/dom/ui-host';

/** One floating panel: shown next to an anchor, or hidden. */
export interface Panel {
  readonly element: HTMLElement;
  /**
   * Shows the panel next to `anchor`. With `roomy`: when the side of the anchor with more room has
   * less than that many pixels, the panel is laid over the foot of the viewport instead, as tall
   * as it needs (the claim form at 200 % zoom may cover the words just marked, which it quotes,
   * rather than squeeze its fields into a slit).
   */
  show(anchor: VirtualElement, content: ComponentChildren, focus?: boolean, roomy?: number): void;
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
}

/** A message at the foot of the viewport, not anchored to anything (see Toast.tsx). */
export interface Notice {
  readonly element: HTMLElement;
  show(content: ComponentChildren): void;
  hide(): void;
  isOpen(): boolean;
  /** As `Panel.covered`: true unless the browser reports it on show, uncovered and opaque. */
  covered(): boolean;
  tracked(): boolean;
  changedAt(): number;
}

/** What the click guards need to know of a panel or notice. */
type Guardable = Pick<Panel, 'covered' | 'tracked' | 'changedAt'>;

export interface PageUi {
  host: HTMLElement;
  /** The closed shadow root: only Backstory holds a reference to it. */
  shadow: ShadowRoot;
  popover: Panel;
  marker: Panel;
  toast: Notice;
  /** True when an event happened inside Backstory's UI. */
  contains(event: Event): boolean;
  /** Why a click on a control in a panel is not the reader's own deliberate one, or undefined. */
  refusal(event: MouseEvent, panel: Guardable): string | undefined;
  /**
   * Why a click at (x, y) inside a frame shown in a panel (the claim form) cannot be trusted, or
   * undefined: the frame must be still and plainly on show at that point.
   */
  frameRefusal(frame: HTMLIFrameElement, panel: Panel, x: number, y: number): string | undefined;
}

function createPanel(
  ui: UiHost,
  className: string,
  placement: Placement,
  maxHeight: number,
  onHidden: () => void,
): Panel {
  const element = document.createElement('div');
  element.className = className;
  element.hidden = true;
  element.tabIndex = -1;
  ui.container.append(element);
  let stopUpdates: (() => void) | undefined;
  let visibility: VisibilityWatch | undefined;
  /** The side chosen when the panel was placed next to its anchor; kept while it stays there. */
  let chosen: { placement: Placement; at: string } | undefined;
  const stillness = new StillnessWatch(
    element,
    () => ui.changedAt,
    () => ui.ensure(),
  );
  return {
    element,
    show(anchor, content, focus = false, roomy) {
      // The page may have removed the host, moved it or opened a modal dialog: put it back on top.
      if (!ui.show()) return;
      render(content, element);
      const first = element.hidden;
      element.hidden = false;
      if (first) stillness.start();
      const box = anchor.getBoundingClientRect();
      const at = `${Math.round(box.left)},${Math.round(box.top)}`;
      if (first || chosen?.at !== at) chosen = undefined;
      stopUpdates?.();
      let cramped = false;
      stopUpdates = autoUpdate(anchor, element, () => {
        // Measured at its natural height, so the side with room for all of it is found; once
        // placed, it stays on that side while it grows or shrinks (a card that jumped to the other
        // side of its name as the reader opened a section would leave the pointer behind).
        if (!chosen) element.style.maxHeight = '';
        void computePosition(anchor, element, {
          strategy: 'fixed',
          placement: chosen?.placement ?? placement,
          middleware: [
            inline(),
            offset(8),
            ...(chosen ? [] : [flip({ padding: 8, fallbackStrategy: 'bestFit' })]),
            shift({ padding: 8 }),
            // Never taller than the room there is: the actions must stay on screen.
            size({
              padding: 8,
              apply({ availableHeight, elements }) {
                cramped = roomy !== undefined && availableHeight < roomy;
                const room = cramped ? window.innerHeight - 16 : availableHeight;
                elements.floating.style.maxHeight = `${Math.max(120, Math.min(maxHeight, Math.floor(room)))}px`;
              },
            }),
          ],
        }).then(({ x, y, placement: side }) => {
          chosen ??= { placement: side, at };
          const top = cramped ? Math.max(8, window.innerHeight - element.offsetHeight - 8) : y;
          element.style.transform = `translate(${Math.round(x)}px, ${Math.round(top)}px)`;
        });
      });
      // The last report stays on the panel, inside the closed root, for tests to wait on.
      visibility ??= watchVisibility(element, (visible) => {
        element.dataset['onShow'] = String(visible);
      });
      if (focus && first) element.focus();
    },
    hide() {
      if (element.hidden) return;
      element.hidden = true;
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
}

function createNotice(ui: UiHost, onHidden: () => void): Notice {
  const element = document.createElement('div');
  element.className = 'bs-toast';
  element.hidden = true;
  // A live region from the start: screen readers announce what is rendered into it later.
  element.setAttribute('role', 'status');
  ui.container.append(element);
  let visibility: VisibilityWatch | undefined;
  const stillness = new StillnessWatch(
    element,
    () => ui.changedAt,
    () => ui.ensure(),
  );
  return {
    element,
    show(content) {
      if (!ui.show()) return;
      render(content, element);
      if (element.hidden) stillness.start();
      element.hidden = false;
      visibility ??= watchVisibility(element);
    },
    hide() {
      if (element.hidden) return;
      element.hidden = true;
      visibility?.stop();
      visibility = undefined;
      stillness.stop();
      render(null, element);
      onHidden();
    },
    isOpen: () => !element.hidden,
    covered: () => visibility?.hidden() ?? true,
    tracked: () => visibility?.tracked() ?? true,
    changedAt: () => stillness.changedAt(),
  };
}

/**
 * In a frame, the page around it can fade or hide the whole frame, which nothing inside the frame
 * can see; only the browser's occlusion tracking can. Where the browser has none (Firefox), a
 * click in a frame cannot be vouched for, and is refused with a way round it.
 */
function framedBlind(panel: Guardable): string | undefined {
  if (window === window.top || panel.tracked()) return undefined;
  return 'in a frame, this browser cannot tell Backstory whether its button is on show; use the toolbar button, side panel or context menu instead';
}

/**
 * Creates Backstory's UI host on the page. `onBlocked` runs if the page's interference makes
 * Backstory give up showing UI here (the reader is told; the side panel keeps working).
 */
export function createPageUi(
  ctx: ContentScriptContext,
  onBlocked: (reason: UiBlockedReason) => void,
): PageUi {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  // Custom properties are the one thing a page's style sheets can still reach inside a closed
  // shadow root: `@property` registrations are global, so a page that registered `--bs-fg` as
  // non-inherited could recolour the card. The card's properties get names the page cannot know.
  const token = crypto.getRandomValues(new Uint32Array(2)).join('');
  const css = `${paletteCss}\n${cardCss}\n${popoverCss}\n${markerCss}\n${toastCss}`.replaceAll(
    '--bs-',
    `--bs${token}-`,
  );
  const ui = new UiHost({
    css,
    signal: controller.signal,
    onBlocked,
  });
  const { host, shadow } = ui;
  const panels: Panel[] = [];
  const idleIfClosed = () => {
    if (!panels.some((p) => p.isOpen()) && !toast.isOpen()) ui.idle();
  };
  const popover = createPanel(ui, 'bs-popover', 'bottom-start', 640, idleIfClosed);
  popover.element.setAttribute('role', 'dialog');
  const marker = createPanel(ui, 'bs-marker', 'bottom-end', 640, idleIfClosed);
  marker.element.setAttribute('role', 'dialog');
  marker.element.setAttribute('aria-label', 'Mark claim');
  const toast = createNotice(ui, idleIfClosed);
  panels.push(popover, marker);
  ctx.onInvalidated(() => {
    popover.hide();
    marker.hide();
    toast.hide();
  });
  const presses = new PressTracker(shadow, controller.signal);
  const guarded = (panel: Guardable) => ({
    host,
    shadow,
    covered: panel.covered,
    inTopLayer: () => ui.inTopLayer(),
    topLayerAbove: (box: DOMRect) => ui.topLayerAbove(box),
  });
  return {
    host,
    shadow,
    popover,
    marker,
    toast,
    contains: (event) => event.composedPath().includes(host),
    refusal(event, panel) {
      const control = event.currentTarget as Element;
      const framed = framedBlind(panel);
      if (framed) return framed;
      const press = pressRefusal(event, control, presses, panel, shadow.activeElement);
      if ('why' in press) return press.why;
      return hiddenReason(control, press.points, guarded(panel));
    },
    frameRefusal(frame, panel, x, y) {
      const framed = framedBlind(panel);
      if (framed) return framed;
      if (performance.now() - panel.changedAt() < DWELL_MS)
        return 'the form had only just appeared or moved; try again';
      const box = frame.getBoundingClientRect();
      const point: [number, number] = [box.left + frame.clientLeft + x, box.top + frame.clientTop + y];
      return hiddenReason(frame, [point], guarded(panel));
    },
  };
}
