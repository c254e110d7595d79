/**
 * Says when a panel's content goes on beyond what is shown: classes `bs-more-above` and
 * `bs-more-below` on the panel while its scrolling part hides something at that edge, which the
 * styles draw as an inner shadow. Nothing shows when everything fits.
 */
export function watchOverflow(panel: HTMLElement, selector: string, signal: AbortSignal) {
  let scroller: HTMLElement | null = null;
  const update = () => {
    const el = scroller;
    const above = !!el && el.scrollTop > 1;
    const below = !!el && el.scrollHeight - el.clientHeight - el.scrollTop > 1;
    panel.classList.toggle('bs-more-above', above);
    panel.classList.toggle('bs-more-below', below);
  };
  const resize = new ResizeObserver(update);
  // The scrolling part is re-rendered with the panel's content: find it again when that changes.
  const attach = () => {
    const next = panel.querySelector<HTMLElement>(selector);
    if (next !== scroller) {
      scroller?.removeEventListener('scroll', update);
      resize.disconnect();
      scroller = next;
      if (next) {
        next.addEventListener('scroll', update, { passive: true });
        resize.observe(next);
        for (const child of next.children) resize.observe(child);
      }
    } else if (next) {
      for (const child of next.children) resize.observe(child);
    }
    update();
  };
  const mutations = new MutationObserver(attach);
  mutations.observe(panel, { childList: true, subtree: true });
  attach();
  signal.addEventListener('abort', () => {
    mutations.disconnect();
    resize.disconnect();
    scroller?.removeEventListener('scroll', update);
  });
}
