/**
 * Long blocks (a live blog in one text node) are drawn only in the stretch of text near the
 * viewport (viewport-span.ts), which moves as the reader scrolls; ordinary pages never get a
 * scroll listener. `PageMentions` asks here whether a mention of such a block may be drawn.
 */
import type { TextBlock } from './blocks';
import type { BlockRecord } from './block-records';
import { withInner, type Mention } from './mention';
import { EMPTY_SPAN, indexAtOrAfter, spanNearViewport, ViewportMoves, type TextSpan } from './viewport-span';

/** A block of more text than this (ten screens or so) is drawn only near the viewport. */
export const LONG_BLOCK_CHARS = 20_000;
/**
 * Mentions in a text node longer than this are never drawn (they still open their card on
 * hover, and the side panel and keyboard still reach them). With any highlight in a text node of
 * millions of characters, Chromium 156 spends over 100 ms on every frame that changes style
 * while the reader is deep in that node, whatever the highlight's size or place in the node.
 */
const UNDRAWN_NODE_CHARS = 1_000_000;

export interface LongBlockDrawing {
  /** Whether a block's container is near the viewport (nearby.ts). */
  isNear(container: Node): boolean;
  draw(mention: Mention): void;
  undraw(mention: Mention): void;
}

export class LongBlocks {
  private readonly records = new Map<TextBlock, BlockRecord>();
  /** Follows scrolling once the page has a long block. */
  private viewport: ViewportMoves | undefined;

  constructor(
    private readonly doc: Document,
    private readonly drawing: LongBlockDrawing,
  ) {}

  /** Starts drawing a freshly read long block's mentions only near the viewport. */
  add(block: TextBlock, record: BlockRecord) {
    record.span = EMPTY_SPAN;
    record.undrawn = tooLongToDraw(block);
    this.records.set(block, record);
    const view = this.doc.defaultView;
    if (view) this.viewport ??= new ViewportMoves(view, () => this.followViewport());
    this.viewport?.schedule();
  }

  delete(block: TextBlock) {
    this.records.delete(block);
  }

  /** False for a mention of a long block outside its span or in a node too long to draw in. */
  drawable(mention: Mention): boolean {
    const long = this.records.get(mention.block);
    return !(long && (!inSpan(long.span!, mention) || long.undrawn!.some((span) => inSpan(span, mention))));
  }

  /** Asks for the spans to be brought up to date in the next frame (a long block came near). */
  schedule() {
    this.viewport?.schedule();
  }

  /** Moves each long block's drawn span to follow the viewport. */
  private followViewport() {
    const { isNear, draw, undraw } = this.drawing;
    for (const record of this.records.values()) {
      if (!isNear(record.block.container)) continue;
      const before = record.span!;
      const after = spanNearViewport(this.doc, record.block);
      if (after.start === before.start && after.end === before.end) continue;
      for (const mention of withInner([...inSpanOf(record)])) if (!inSpan(after, mention)) undraw(mention);
      record.span = after;
      for (const mention of withInner([...inSpanOf(record)])) draw(mention);
    }
  }

  disconnect() {
    this.viewport?.disconnect();
  }
}

/** The top-level mentions of a record that may be drawn: a long block's only in its span. */
export function drawableMentions(record: BlockRecord): Mention[] {
  return record.span ? [...inSpanOf(record)] : record.mentions;
}

function tooLongToDraw(block: TextBlock): TextSpan[] {
  const spans: TextSpan[] = [];
  block.nodes.forEach((node, i) => {
    if (node.data.length > UNDRAWN_NODE_CHARS)
      spans.push({ start: block.starts[i]!, end: block.starts[i]! + node.data.length });
  });
  return spans;
}

function inSpan(span: TextSpan, mention: Mention): boolean {
  return mention.start >= span.start && mention.start < span.end;
}

/** The mentions of a long block's record that lie in its span now. */
function* inSpanOf(record: BlockRecord): Generator<Mention> {
  const { mentions, span } = record;
  for (let i = indexAtOrAfter(mentions, span!.start); i < mentions.length; i++) {
    if (mentions[i]!.start >= span!.end) return;
    yield mentions[i]!;
  }
}
