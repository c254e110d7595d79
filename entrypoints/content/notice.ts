/**
 * A message at the foot of the viewport in Backstory's UI on a page (the toast), with the same
 * stillness and visibility watches as a panel (panel.ts).
 */
import { render, type ComponentChildren } from 'preact';
import { watchVisibility, type VisibilityWatch } from '@/lib/extension-pages/visibility';
import { StillnessWatch } from '@/lib/dom/stillness';
import type { UiHost } from '@/lib/dom/ui-host';

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

export function createNotice(ui: UiHost, onHidden: () => void): Notice {
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
