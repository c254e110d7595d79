/**
 * Backstory's UI on a web page: one host element with a closed shadow root (lib/dom/ui-host.ts)
 * holding the popover and the claim marker, each a Preact tree placed by Floating UI's rules (lib/dom/place-panel.ts).
 * Nothing else of Backstory's is ever added to the page. Every action in it goes through
 * `refusal`: a trusted press and release on the same control, still for a moment, and plainly
 * on show at that moment (lib/dom/presses.ts, lib/dom/ui-guard.ts).
 */
import paletteCss from '@/components/palette.css?inline';
import cardCss from '@/components/entity-card.css?inline';
import popoverCss from '@/components/popover.css?inline';
import markerCss from '@/components/claim-marker.css?inline';
import toastCss from '@/components/toast.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PressTracker, pressRefusal, DWELL_MS } from '@/lib/dom/presses';
import { hiddenReason } from '@/lib/dom/ui-guard';
import { UiHost, type UiBlockedReason } from '@/lib/dom/ui-host';
import { createNotice, type Notice } from './notice';
import { createPanel, type Guardable, type Panel } from './panel';

export type { Notice } from './notice';
export type { Panel } from './panel';

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
  // The card hides while its name is out of sight (scrolled under a fixed header or out of a
  // scroller) and comes back with it; the claim form stays, as the reader may be typing in it.
  const popover = createPanel(ui, 'bs-popover', 'bottom-start', 640, idleIfClosed, { hideWithAnchor: true });
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
