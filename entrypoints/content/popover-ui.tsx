/**
 * The one popover on a page: a Preact tree in a single shadow-root container, reused for every
 * mention and positioned next to it with Floating UI.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '@/components/entity-card.css?inline';
import popoverCss from '@/components/popover.css?inline';
import { Popover, type PopoverProps } from '@/components/Popover';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const UI_TAG = 'backstory-ui';

export interface PopoverView {
  /** Shows (or updates) the popover next to `anchor` with these props. */
  show(anchor: VirtualElement, props: Omit<PopoverProps, 'headingId'>, focus: boolean): void;
  hide(): void;
  isOpen(): boolean;
  /** True when an event happened inside Backstory's UI. */
  contains(event: Event): boolean;
}

export async function createPopoverView(ctx: ContentScriptContext): Promise<PopoverView> {
  let panel: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  let stopUpdates: (() => void) | undefined;
  const headingId = 'backstory-popover-heading';

  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: `${cardCss}\n${popoverCss}`,
    isolateEvents: true,
    onMount(container, _shadow, shadowHost) {
      host = shadowHost;
      panel = document.createElement('div');
      panel.className = 'bs-popover';
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-labelledby', headingId);
      panel.hidden = true;
      panel.tabIndex = -1;
      container.append(panel);
      return panel;
    },
    onRemove() {
      stopUpdates?.();
      if (panel) render(null, panel);
    },
  });
  ui.mount();

  return {
    show(anchor, props, focus) {
      if (!panel) return;
      render(<Popover {...props} headingId={headingId} />, panel);
      const first = panel.hidden;
      panel.hidden = false;
      stopUpdates?.();
      stopUpdates = autoUpdate(anchor, panel, () => {
        void computePosition(anchor, panel!, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            inline(),
            offset(8),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // Never taller than the room there is: the actions must stay on screen.
            size({
              padding: 8,
              apply({ availableHeight, elements }) {
                elements.floating.style.maxHeight = `${Math.max(180, Math.min(560, Math.floor(availableHeight)))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          panel!.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
      if (focus && first) panel.focus();
    },
    hide() {
      if (!panel || panel.hidden) return;
      panel.hidden = true;
      stopUpdates?.();
      stopUpdates = undefined;
    },
    isOpen: () => panel?.hidden === false,
    contains: (event) => (host ? event.composedPath().includes(host) : false),
  };
}
