/**
 * What of the reader's selection may be marked as a claim.
 */
import type { PageUi } from './page-ui';

/** A selection worth offering to mark: in page text, not in a form field or Backstory's UI. */
export function markableRange(ui: PageUi | undefined): Range | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (range.toString().trim().length < 3) return undefined;
  const node = range.commonAncestorContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element || (ui && ui.host.contains(element))) return undefined;
  if (element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return undefined;
  return range.cloneRange();
}
