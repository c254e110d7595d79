/**
 * Backstory's UI on a web page: one shadow-root container (`createShadowRootUi`) holding the
 * popover and the claim marker, each a Preact tree positioned with Floating UI. Nothing else of
 * Backstory's is ever added to the page.
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
import cardCss from '@/components/entity-card.css?inline';
import popoverCss from '@/components/popover.css?inline';
import markerCss from '@/components/claim-marker.css?inline';
import toastCss from '@/components/toast.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchVisibility, type VisibilityWatch } from '@/lib/pages/visibility';

export const UI_TAG = 'backstory-ui';

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
   * lib/pages/visibility.ts). This sees what hit-testing cannot: a decoy laid over the panel with
   * `pointer-events: none`, which lets clicks through to a button the reader cannot see.
   */
  covered(): boolean;
}

/** A message at the foot of the viewport, not anchored to anything (see Toast.tsx). */
export interface Notice {
  readonly element: HTMLElement;
  show(content: ComponentChildren): void;
  hide(): void;
  isOpen(): boolean;
  /** As `Panel.covered`: true unless the browser reports it on show, uncovered and opaque. */
  covered(): boolean;
}

export interface PageUi {
  host: HTMLElement;
  /** The closed shadow root: only Backstory holds a reference to it. */
  shadow: ShadowRoot;
  popover: Panel;
  marker: Panel;
  toast: Notice;
  /** True when an event happened inside Backstory's UI. */
  contains(event: Event): boolean;
}

function createPanel(
  container: HTMLElement,
  className: string,
  placement: Placement,
  maxHeight: number,
): Panel {
  const element = document.createElement('div');
  element.className = className;
  element.hidden = true;
  element.tabIndex = -1;
  container.append(element);
  let stopUpdates: (() => void) | undefined;
  let visibility: VisibilityWatch | undefined;
  /** The side chosen when the panel was placed next to its anchor; kept while it stays there. */
  let chosen: { placement: Placement; at: string } | undefined;
  return {
    element,
    show(anchor, content, focus = false, roomy) {
      render(content, element);
      const first = element.hidden;
      element.hidden = false;
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
      render(null, element);
    },
    isOpen: () => !element.hidden,
    covered: () => visibility?.hidden() ?? true,
  };
}

function createNotice(container: HTMLElement): Notice {
  const element = document.createElement('div');
  element.className = 'bs-toast';
  element.hidden = true;
  // A live region from the start: screen readers announce what is rendered into it later.
  element.setAttribute('role', 'status');
  container.append(element);
  let visibility: VisibilityWatch | undefined;
  return {
    element,
    show(content) {
      render(content, element);
      element.hidden = false;
      visibility ??= watchVisibility(element);
    },
    hide() {
      if (element.hidden) return;
      element.hidden = true;
      visibility?.stop();
      visibility = undefined;
      render(null, element);
    },
    isOpen: () => !element.hidden,
    covered: () => visibility?.hidden() ?? true,
  };
}

export async function createPageUi(ctx: ContentScriptContext): Promise<PageUi> {
  let panels:
    { host: HTMLElement; shadow: ShadowRoot; popover: Panel; marker: Panel; toast: Notice } | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    // Closed: the page's scripts cannot reach in to read a card or the claim being marked.
    mode: 'closed',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: `${cardCss}\n${popoverCss}\n${markerCss}\n${toastCss}`,
    isolateEvents: true,
    onMount(container, shadow, host) {
      const popover = createPanel(container, 'bs-popover', 'bottom-start', 640);
      popover.element.setAttribute('role', 'dialog');
      const marker = createPanel(container, 'bs-marker', 'bottom-end', 640);
      marker.element.setAttribute('role', 'dialog');
      marker.element.setAttribute('aria-label', 'Mark claim');
      const toast = createNotice(container);
      panels = { host, shadow, popover, marker, toast };
      return panels;
    },
    onRemove() {
      panels?.popover.hide();
      panels?.marker.hide();
      panels?.toast.hide();
    },
  });
  ui.mount();
  const { host, shadow, popover, marker, toast } = panels!;
  return {
    host,
    shadow,
    popover,
    marker,
    toast,
    contains: (event) => event.composedPath().includes(host),
  };
}
