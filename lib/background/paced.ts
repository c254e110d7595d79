/**
 * News told to every tab, paced. A broadcast makes every frame of every tab do work (fetch
 * settings or claims again, place its claims again), and any content script can make the
 * background broadcast (it saves a claim, pauses its site, marks a link wrong), so a page's
 * renderer that repeats such a request in a loop would keep every other tab busy. Paced, one
 * page's requests cost the other tabs at most one round of work per gap, however many it sends;
 * and no news is lost: a call always has a broadcast that starts at or after it.
 */

/** Wraps `send` so that it runs at once, then at most once per `gapMs` while calls keep coming. */
export function paced(send: () => void, gapMs: number): () => void {
  let gap: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const openGap = () => {
    gap = setTimeout(() => {
      gap = undefined;
      if (!pending) return;
      pending = false;
      send();
      openGap();
    }, gapMs);
  };
  return () => {
    if (gap !== undefined) {
      pending = true;
      return;
    }
    send();
    openGap();
  };
}

/** The gap between two broadcasts of the same news to every tab. */
export const BROADCAST_GAP_MS = 250;
