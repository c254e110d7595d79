/**
 * The caret position at a point (`caretPositionFromPoint`, or `caretRangeFromPoint` where only
 * that exists). Used to find the text under the pointer (hit-test.ts) and the text at the edges
 * of the viewport (viewport-span.ts).
 */

/** A text position: a node and an offset in it. */
export interface CaretPosition {
  offsetNode: Node;
  offset: number;
}
type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at (x, y), looking into the given open shadow roots too. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): CaretPosition | undefined {
  const caretDoc = doc as CaretDocument;
  if (caretDoc.caretPositionFromPoint) {
    return (
      caretDoc.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined) ?? undefined
    );
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { offsetNode: range.startContainer, offset: range.startOffset } : undefined;
}
