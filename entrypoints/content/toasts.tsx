/**
 * Toasts: a sentence saying what a one-click action did, with Undo. A toast stays ten seconds,
 * longer while the pointer or focus is on it; Esc dismisses it. The reader can always undo later
 * too, in Settings, so a toast that goes is not a chance lost.
 */
import { Toast } from '@/components/Toast';
import type { PageUi } from './page-ui';

const SHOW_MS = 10_000;
const UNDONE_MS = 4_000;

export interface ToastRequest {
  text: string;
  /** Undoes the action; resolves to what to say afterwards, or to an error to show. */
  undo?: () => Promise<{ ok: true; text: string } | { ok: false; text: string }>;
  /** Move focus to Undo: the action was taken from the keyboard, so Undo should be one key away. */
  focus?: boolean;
  /** Where focus goes back to when a focused toast closes. */
  returnFocus?: () => void;
}

export class Toasts {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = false;
  private current: ToastRequest | undefined;
  private wired = false;

  constructor(
    private readonly ui: () => Promise<PageUi | undefined>,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => void this.hide());
  }

  async show(request: ToastRequest, ms = SHOW_MS) {
    const ui = await this.ui();
    if (!ui) return;
    this.wire(ui);
    this.current = request;
    ui.toast.show(
      <Toast
        text={request.text}
        onDismiss={() => void this.hide()}
        onUndo={
          request.undo &&
          ((event) => {
            const why = ui.refusal(event, ui.toast);
            if (why) return void this.show({ ...request, text: `Not undone: ${why}.` });
            const focused = ui.toast.element.contains(ui.shadow.activeElement);
            void request.undo!().then((result) => {
              if (focused) request.returnFocus?.();
              void this.show({ text: result.text }, UNDONE_MS);
            });
          })
        }
      />,
    );
    if (request.focus) ui.toast.element.querySelector<HTMLElement>('.bs-toast-undo')?.focus();
    this.schedule(ms);
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.held) this.schedule(ms);
      else void this.hide();
    }, ms);
  }

  /** Closes the toast; focus inside it goes back where the request said. */
  async hide() {
    clearTimeout(this.timer);
    const request = this.current;
    this.current = undefined;
    const ui = await this.ui();
    if (!ui) return;
    const focused = ui.toast.element.contains(ui.shadow.activeElement);
    ui.toast.hide();
    if (focused) request?.returnFocus?.();
  }

  private wire(ui: PageUi) {
    if (this.wired) return;
    this.wired = true;
    const el = ui.toast.element;
    const hold = (held: boolean) => () => (this.held = held);
    el.addEventListener('pointerenter', hold(true));
    el.addEventListener('pointerleave', hold(false));
    el.addEventListener('focusin', hold(true));
    el.addEventListener('focusout', hold(false));
    el.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      void this.hide();
    });
  }
}
