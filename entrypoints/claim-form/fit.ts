/**
 * The claim form sizes its frame to its content: it measures how tall it would be with room to
 * spare and tells the page's content script (through the background), which sets the frame's
 * height within the room on screen. When the room is smaller, the form scrolls inside itself.
 */
import { askBackground } from '@/lib/messaging/client';

/** The form's height with nothing cut: what is on show plus what its scrolling part hides. */
function naturalHeight(root: HTMLElement): number {
  const last = root.lastElementChild;
  if (!last) return 0;
  const style = getComputedStyle(root);
  const body = root.querySelector<HTMLElement>('.bs-form-body');
  const hidden = body ? body.scrollHeight - body.clientHeight : 0;
  const bottom = last.getBoundingClientRect().bottom - root.getBoundingClientRect().top;
  return Math.ceil(bottom + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth) + hidden);
}

/** Reports the form's natural height whenever it changes; returns a function that stops. */
export function reportHeight(claimId: string, app: HTMLElement): () => void {
  let sent = 0;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const root = app.querySelector<HTMLElement>('.bs-in-frame');
    if (!root) return;
    const height = naturalHeight(root);
    if (height === sent || height <= 0) return;
    sent = height;
    void askBackground('resizeClaimForm', { id: claimId, height });
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(measure);
  };
  const resize = new ResizeObserver(schedule);
  const watchChildren = () => {
    resize.disconnect();
    resize.observe(app);
    for (const el of app.querySelectorAll('.bs-in-frame > *, .bs-form-body > *')) resize.observe(el);
    schedule();
  };
  const mutations = new MutationObserver(watchChildren);
  mutations.observe(app, { childList: true, subtree: true });
  watchChildren();
  return () => {
    resize.disconnect();
    mutations.disconnect();
    cancelAnimationFrame(frame);
  };
}
