/**
 * Getting the card ready before the reader first points at a name. Each page's content script
 * runs in a fresh isolated world, so the first card paid for compiling Preact's and the card's
 * code as it opened (bench/hover-profile.ts: most of a cold hover), on top of a round trip to the
 * background for its data. So, after the scan, the cards of the page's most named entities are
 * fetched in one message (card-data.ts), and in idle time the card is rendered (empty, then with
 * one of them) into an element that is never attached to the document: nothing is laid out or
 * painted, nothing reaches the accessibility tree, focus does not move and nothing is fetched (the
 * card holds no images).
 */
import { render } from 'preact';
import { Popover } from '@/components/Popover';
import type { EntityCard } from '@/lib/kb/card';
import { mark } from '@/lib/dom/timing';
import { CompareLine } from './card-view';

/** The ids of the page's most named entities (by `counts` of mentions per entity index), at most `limit`. */
export function mostNamed(
  counts: Map<number, number>,
  ids: (entity: number) => string,
  limit: number,
): string[] {
  return [...counts]
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([entity]) => ids(entity));
}

const nothing = () => {};

/** Renders the card (or, with no card, its empty frame) off the document, and unrenders it. */
export function warmCard(card: EntityCard | undefined): void {
  const started = performance.now();
  const scratch = document.createElement('div');
  const label = card?.entity.label ?? '';
  render(
    <Popover
      headingId="backstory-warm-up"
      card={card}
      status={card ? undefined : ' '}
      pinned={false}
      canGoBack
      partOf={{ id: 'warm-up', label }}
      marked={<CompareLine label={label} marked={0} onClick={nothing} />}
      onBack={nothing}
      onNavigate={nothing}
      onPin={nothing}
      onClose={nothing}
      onOpenSource={nothing}
      onOpenSidePanel={nothing}
      onWrongEntity={nothing}
      onPauseSite={nothing}
    />,
    scratch,
  );
  render(null, scratch);
  mark('card-warmed', { ms: performance.now() - started });
}

/** Runs `work` when the page is idle (within `timeoutMs` at the latest), unless `signal` aborts first. */
export function whenIdle(work: () => void, signal: AbortSignal, timeoutMs = 2_000): void {
  const run = () => {
    if (!signal.aborted) work();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 50);
}
