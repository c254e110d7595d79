/**
 * The form's side of keeping the reader's keys in it (entrypoints/content/form-focus.ts): the page
 * around the form takes focus back into the form when focus leaves it without the reader's
 * doing, and the reader's Tab out of the form is pressed here, where neither the page nor
 * Backstory's content script can see it. So when this window loses focus while the reader holds
 * Tab down, the frame that shows the form is told, through the background, to let it go.
 */
import { askBackground } from '@/lib/messaging/client';

/** Starts listening; returns the stop. */
export function announceKeyLeaves(claimId: string, hostFrame: number | undefined): () => void {
  const controller = new AbortController();
  const options = { capture: true, signal: controller.signal };
  let tabDown = false;
  addEventListener(
    'keydown',
    (event) => {
      tabDown = event.isTrusted && event.key === 'Tab';
    },
    options,
  );
  addEventListener(
    'keyup',
    (event) => {
      if (event.key === 'Tab') tabDown = false;
    },
    options,
  );
  addEventListener(
    'blur',
    (event) => {
      if (event.target !== window || !tabDown) return;
      tabDown = false;
      if (hostFrame !== undefined)
        void askBackground('claimFormLeftByKey', { id: claimId, frame: hostFrame }).catch(() => undefined);
    },
    options,
  );
  return () => controller.abort();
}
