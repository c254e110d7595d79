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
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchVisibility, type VisibilityWatch } from '@/lib/pages/visibility';

export const UI_TAG = 'backstory-ui';

/** One floating panel: shown next to an anchor, or hidden. */
export interface Panel {
  readonly element: HTMLElement;
  show(anchor: VirtualElement, content: ComponentChildren, focus?: boolean): void;
  hide(): void;
  isOpen(): boolean;
  /**
   * True unless the browser reports the panel on show, uncovered and opaque (see
   * lib/pages/visibility.ts). This sees what hit-testing cannot: a decoy laid over the panel with
   * `pointer-events: none`, which lets clicks through to a button the reader cannot see.
   */
  covered(): boolean;
}

export interface PageUi {
  host: HTMLElement;
  /** The closed shadow root: only Backstory holds a reference to it. */
  shadow: ShadowRoot;
  popover: Panel;
  marker: Panel;
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
  return {
    element,
    show(anchor, content, focus = false) {
      render(content, element);
      const first = element.hidden;
      element.hidden = false;
      stopUpdates?.();
      stopUpdates = autoUpdate(anchor, element, () => {
        void computePosition(anchor, element, {
          strategy: 'fixed',
          placement,
          middleware: [
            inline(),
            offset(8),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // Never taller than the room there is: the actions must stay on screen.
            size({
              padding: 8,
              apply({ availableHeight, elements }) {
                elements.floating.style.maxHeight = `${Math.max(120, Math.min(maxHeight, Math.floor(availableHeight)))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
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

export async function createPageUi(ctx: ContentScriptContext): Promise<PageUi> {
  let panels: { host: HTMLElement; shadow: ShadowRoot; popover: Panel; marker: Panel } | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    // Closed: the page's scripts cannot reach in to read a card or the claim being marked.
    mode: 'closed',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: `${cardCss}\n${popoverCss}\n${markerCss}`,
    isolateEvents: true,
    onMount(container, shadow, host) {
      const popover = createPanel(container, 'bs-popover', 'bottom-start', 560);
      popover.element.setAttribute('role', 'dialog');
      const marker = createPanel(container, 'bs-marker', 'bottom-end', 420);
      marker.element.setAttribute('role', 'dialog');
      marker.element.setAttribute('aria-label', 'Mark claim');
      panels = { host, shadow, popover, marker };
      return panels;
    },
    onRemove() {
      panels?.popover.hide();
      panels?.marker.hide();
    },
  });
  ui.mount();
  const { host, shadow, popover, marker } = panels!;
  return { host, shadow, popover, marker, contains: (event) => event.composedPath().includes(host) };
}
