import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/*
 * Keyboard for the compare table: the whole table is one Tab stop, as in the WAI-ARIA grid
 * pattern's navigation mode (and Gmail's or GitHub's lists), rather than one stop per row and
 * per button (191 rows once took some 380 Tab presses to get past).
 *
 * - Roving tabindex: the current row has tabindex 0, every other row -1, so Tab enters the table
 *   on the row the reader was last at and the next Tab leaves it.
 * - ↑ / ↓ move to the previous / next row, Home / End to the first / last.
 * - Enter on a row moves focus to its first button (as the grid pattern's Enter does for a cell
 *   holding widgets); only then are that row's buttons (its "Read the source", its pair's
 *   agree / conflict / unrelated) Tab stops, so Tab walks them and then leaves the table;
 *   Escape, or Shift+Tab back onto the row, returns to moving between rows.
 *
 * - A filter that takes the reader's row away moves the Tab stop to the nearest row left (the
 *   next one, else the one before), not back to the top; with focus in the table when its row
 *   goes, focus follows to that row, or to the empty-state message when no row is left (focus
 *   would otherwise fall to <body>, and a screen reader with it).
 *
 * The grid role itself is not used: it would switch screen readers out of browse mode and away
 * from the table reading commands they offer for a plain table; a table with focusable rows keeps
 * those and still gives keyboard users one stop.
 */

/** The buttons that belong to a row: its own and those of the pair footer that follows it. */
function controlsOf(row: HTMLElement): HTMLElement[] {
  const footer = row.nextElementSibling?.matches('tr.pair-footer') ? row.nextElementSibling : null;
  return [row, footer].flatMap((r) => (r ? [...r.querySelectorAll<HTMLElement>('button')] : []));
}

/** The row (tr[data-row]) a pair footer or a data row stands for. */
function dataRowOf(tr: HTMLElement): HTMLElement | null {
  return tr.hasAttribute('data-row') ? tr : (tr.previousElementSibling as HTMLElement | null);
}

/** Which row is the table's Tab stop, and whether the reader has entered it (Enter) to reach its buttons. */
export interface CompareRows {
  /** Props for a row of claims (`tr[data-row]`) with this key. */
  rowProps(key: string): {
    tabIndex: number;
    onKeyDown: (event: KeyboardEvent) => void;
    onFocusCapture: (event: FocusEvent) => void;
  };
  /** Props for the pair footer (`tr.pair-footer`) that follows the row with this key. */
  footerProps(key: string): {
    onKeyDown: (event: KeyboardEvent) => void;
    onFocusCapture: (event: FocusEvent) => void;
  };
  /** The tabindex of the buttons in the row with this key: 0 only once the reader entered it. */
  controlTabIndex(key: string): number;
}

/** The key nearest `gone` in `order` that is still in `keys`: the next one, else the one before. */
export function nearestKept(order: readonly string[], gone: string, keys: readonly string[]) {
  const kept = new Set(keys);
  const at = order.indexOf(gone);
  if (at < 0) return undefined;
  return order.slice(at + 1).find((k) => kept.has(k)) ?? order.slice(0, at).findLast((k) => kept.has(k));
}

/**
 * Roving focus over rows with these keys (in order), a filtered run of `order` (every row's key,
 * unfiltered); `preferred` is the row to start at (the claim the view is about) until the reader
 * moves. The reader's row stays theirs while a filter hides it: widening the filter again brings
 * the Tab stop back to it.
 */
export function useCompareRows(
  keys: string[],
  order: string[],
  preferred: string | undefined,
  /** The element holding the rows and the empty-state message (`[data-empty]`). */
  containerRef: RefObject<HTMLElement | null>,
): CompareRows {
  const [current, setCurrent] = useState<string>();
  const [entered, setEntered] = useState(false);
  /** The element in the table that last took focus, to tell when a redraw has taken it away. */
  const focusedRef = useRef<Element | null>(null);
  const active =
    current !== undefined && keys.includes(current)
      ? current
      : ((current !== undefined ? nearestKept(order, current, keys) : undefined) ??
        (preferred !== undefined && keys.includes(preferred) ? preferred : keys[0]));
  useLayoutEffect(() => {
    const box = containerRef.current;
    // Only when the element with focus was removed (its row filtered away), not when the reader
    // moved on: focus then sits on <body>, where no one would look for it.
    if (!box || focusedRef.current?.isConnected !== false || document.activeElement !== document.body) return;
    focusedRef.current = null;
    box.querySelector<HTMLElement>('tr[data-row][tabindex="0"], [data-empty]')?.focus();
  });

  const onFocus = (key: string) => (event: FocusEvent) => {
    focusedRef.current = event.target as Element;
    setCurrent(key);
    // Focus on the row itself (Shift+Tab back, a click on its text) is moving between rows again.
    setEntered(event.target !== event.currentTarget);
  };
  const onEscape = (event: KeyboardEvent) => {
    const row = dataRowOf(event.currentTarget as HTMLElement);
    if (event.key !== 'Escape' || event.target === row || !row) return;
    event.preventDefault();
    row.focus();
  };
  const onRowKey = (event: KeyboardEvent) => {
    const row = event.currentTarget as HTMLElement;
    if (event.target !== row) return onEscape(event);
    if (event.key === 'Enter') {
      const first = controlsOf(row)[0];
      if (!first) return;
      event.preventDefault();
      setEntered(true);
      first.focus();
      return;
    }
    const rows = [...row.closest('tbody')!.querySelectorAll<HTMLElement>('tr[data-row]')];
    const at = rows.indexOf(row);
    const next =
      event.key === 'ArrowDown'
        ? rows[at + 1]
        : event.key === 'ArrowUp'
          ? rows[at - 1]
          : event.key === 'Home'
            ? rows[0]
            : event.key === 'End'
              ? rows[rows.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return {
    rowProps: (key) => ({
      tabIndex: key === active ? 0 : -1,
      onKeyDown: onRowKey,
      onFocusCapture: onFocus(key),
    }),
    footerProps: (key) => ({ onKeyDown: onEscape, onFocusCapture: onFocus(key) }),
    controlTabIndex: (key) => (key === active && entered ? 0 : -1),
  };
}
