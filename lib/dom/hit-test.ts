/**
 * What text is under the pointer: the caret position at a point (caret.ts), checked against the
 * text's own boxes because the caret snaps to the nearest character even when the pointer is in
 * a margin.
 */
import { caretAt } from './caret';
import type { Mention } from './mention';

/** Where mentions are looked up by text position (PageMentions). */
export interface MentionsByPosition {
  at(node: Text, offset: number): Mention | undefined;
}

/** A live range for a mention, for measuring it. */
export function liveRange(doc: Document, mention: Mention): Range {
  const range = doc.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

const SLOP = 2;

function within(rects: DOMRectList, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/** The linked mention under a point, if the point is really over its text. */
export function mentionAt(
  doc: Document,
  mentions: MentionsByPosition,
  x: number,
  y: number,
  shadowRoots?: ShadowRoot[],
): Mention | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.offsetNode.nodeType !== 3) return undefined;
  const text = caret.offsetNode as Text;
  // The caret lands between characters: try the character after it, then the one before.
  const mention =
    mentions.at(text, caret.offset) ?? (caret.offset > 0 ? mentions.at(text, caret.offset - 1) : undefined);
  if (!mention) return undefined;
  return within(liveRange(doc, mention).getClientRects(), x, y) ? mention : undefined;
}
