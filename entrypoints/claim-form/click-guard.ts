/**
 * The claim form's side of "clicks that count" (lib/dom/presses.ts): a trusted press and release
 * on the same control, the form still (and, as far as the browser's occlusion tracking can
 * tell, in plain view) for a moment before the press; then the frame that shows the form checks,
 * at that moment, that the form is plainly on show where the reader clicked — the form cannot
 * see the page around it, Backstory's content script there can (page-ui.tsx `frameRefusal`).
 */
import { askBackground } from '@/lib/messaging/client';
import { PressTracker, pressRefusal } from '@/lib/dom/presses';
import { StillnessWatch } from '@/lib/dom/stillness';
import { watchVisibility } from '@/lib/extension-pages/visibility';

export interface FormGuard {
  /** Why a click on a control in the form should not count, or undefined when it may. */
  refusal(event: MouseEvent): Promise<string | undefined>;
  /** Whether the browser reports the form covered or faded (or has not reported yet). */
  hidden(): boolean;
  stop(): void;
}

/** `onReport` hears each visibility report (the form's autosave waits for the form to be on show). */
export function createFormGuard(
  claimId: string,
  hostFrame: number | undefined,
  onReport?: (visible: boolean) => void,
): FormGuard {
  const controller = new AbortController();
  const presses = new PressTracker(document, controller.signal);
  const root = document.documentElement;
  let reported: boolean | undefined;
  // The last report stays on the form's root for tests to wait on.
  const visibility = watchVisibility(root, (visible) => {
    reported = visible;
    root.dataset['onShow'] = String(visible);
    // A new report restarts the wait (visibleSince); say so before anyone reads the report.
    document.body.removeAttribute('data-ready');
    onReport?.(visible);
  });
  // Still means: in plain view since the browser last said so, and no change to the form since.
  const stillness = new StillnessWatch(
    document.body,
    () => visibility.visibleSince(),
    () => undefined,
  );
  stillness.start();
  return {
    async refusal(event) {
      // Reported covered or faded: say that first. Its stillness wait has not begun either, but
      // "try again" would send the reader back to a form they cannot see; and it is what the
      // form's autosave says too, so the status never depends on which of the two answered last.
      if (reported === false) return 'this form is covered or faded on the page';
      const control = event.currentTarget as Element;
      const press = pressRefusal(event, control, presses, stillness, document.activeElement);
      if ('why' in press) return press.why;
      if (visibility.hidden()) return 'this form is covered or faded on the page';
      if (hostFrame === undefined) return 'Backstory could not check that this form is on show';
      const box = control.getBoundingClientRect();
      const [x, y] = press.points.at(-1) ?? [box.left + box.width / 2, box.top + box.height / 2];
      const reply = await askBackground('checkClaimFormClick', { id: claimId, frame: hostFrame, x, y });
      if (!reply.ok) return 'Backstory could not check that this form is on show';
      return reply.value ?? undefined;
    },
    hidden: () => visibility.hidden(),
    stop() {
      controller.abort();
      visibility.stop();
      stillness.stop();
    },
  };
}
