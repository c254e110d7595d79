/**
 * Which blocks a batch of page changes makes the scanner read again (scanner.ts). A block is a run
 * of text nodes in document order that share a container (blocks.ts), so a change can alter the
 * runs already recorded only where nodes went in or out: at such a seam, if the text either side
 * belongs to one container, or a recorded run reached across it, the container is read again.
 * Otherwise only the added subtrees are read: a live blog appending a paragraph to a container
 * of thousands costs one paragraph, not the container (issue #19).
 */
import type { BlockRecord, NodeRecords } from './block-records';
import type { Classifier } from './classify';
import { changedContainers, onlyOwnUi } from './scan-nodes';

/** Where a `childList` change put nodes in or took them out: between these two children of `target`. */
interface Seam {
  target: Node;
  previous: Node | null;
  next: Node | null;
}

/** The runs the mentions recorded (page-mentions.ts), as far as seams ask about them. */
export interface RecordedRuns {
  /** Whether a recorded run holds `node` and goes on before it (`side` 'start') or after it ('end'). */
  runsPast(node: Text, side: 'start' | 'end'): boolean;
  /** Drops the run a text node was recorded in under its former parent, if it now has another. */
  forgetMoved(node: Text, formerParent: Node): void;
}

/** `RecordedRuns` over the records filed by text node (`remove` drops a record for good). */
export function recordedRuns(byNode: NodeRecords, remove: (record: BlockRecord) => void): RecordedRuns {
  return {
    runsPast: (node, side) => byNode.runsPast(node, side),
    forgetMoved: (node, from) => {
      const record = node.parentNode === from ? undefined : byNode.get(node, from);
      if (record) remove(record);
    },
  };
}

/** How far a seam looks for the text on either side (past skipped and non-text nodes) before giving up. */
const SEAM_STEPS = 64;

/** The changes of one frame, collected from mutation records. */
export class PendingChanges {
  /** Added nodes and parents of edited text: read again, with the block each sits in. */
  private roots = new Set<Node>();
  private seams: Seam[] = [];
  /**
   * Text nodes taken out of a parent: one put in another parent no longer leads to the run it
   * was recorded in, which reading its new block again would leave behind.
   */
  private removedText: { node: Text; from: Node }[] = [];
  /** Whether any node left the page (records whose nodes all left are dropped then). */
  removed = false;

  /** Whether anything changed. */
  get size(): number {
    return this.roots.size + this.seams.length;
  }

  /** How many subtrees to read (the seams cost a few steps each). */
  get rootCount(): number {
    return this.roots.size;
  }

  add(records: readonly MutationRecord[], isOwnUi: (el: Element) => boolean) {
    for (const record of records) {
      // Attribute changes move no text: the scanner asks which hidden elements they showed.
      if (record.type === 'attributes') continue;
      if (record.type === 'characterData') {
        if (record.target.parentNode) this.roots.add(record.target.parentNode);
        continue;
      }
      // Backstory adding or removing its own UI host changes no text worth reading again.
      if (onlyOwnUi(record, isOwnUi)) continue;
      if (record.removedNodes.length > 0) this.removed = true;
      this.seams.push({ target: record.target, previous: record.previousSibling, next: record.nextSibling });
      record.addedNodes.forEach((node) => this.roots.add(node));
      record.removedNodes.forEach((node) => {
        if (node.nodeType === 3) this.removedText.push({ node: node as Text, from: record.target });
      });
    }
  }

  /**
   * The containers to read again, none inside another; clears the batch. Seams are judged on the page as it is now: a seam whose neighbours
   * have moved since is read again whole.
   */
  take(classifier: Classifier, runs: RecordedRuns): Node[] {
    const roots = [...this.roots];
    const edges = new Map<Node, Set<Node | null>>();
    for (const { target, previous, next } of this.seams) {
      if (!target.isConnected) continue;
      // Each edge once: a feed's appends share the end of their container.
      const clean =
        seamCleanAt(target, previous, 'after', classifier, runs, edges) &&
        seamCleanAt(target, next, 'before', classifier, runs, edges);
      if (!clean) roots.push(target);
    }
    // After the seams are judged: a run cut short by the move makes its seam unclean.
    for (const { node, from } of this.removedText) runs.forgetMoved(node, from);
    this.clear();
    return changedContainers(roots, classifier);
  }

  /** Elements that were hidden and are shown now: read like added subtrees. */
  reveal(elements: readonly Element[]) {
    for (const el of elements) this.roots.add(el);
  }

  /** Every root and seam pending, for a flood's full rescan instead. */
  clear() {
    this.roots.clear();
    this.seams = [];
    this.removedText = [];
  }
}

/**
 * Whether the runs recorded stay whole at one edge of a change: the position just after
 * `sibling` ('after'; the start of `target` without one) or just before it ('before'; the end).
 * `edges` remembers the edges already found clean in this batch.
 */
function seamCleanAt(
  target: Node,
  sibling: Node | null,
  side: 'after' | 'before',
  classifier: Classifier,
  runs: RecordedRuns,
  edges: Map<Node, Set<Node | null>>,
): boolean {
  if (sibling && sibling.parentNode !== target) return false;
  // The position as the child after it (null: the end of `target`).
  const child = side === 'after' ? (sibling ? sibling.nextSibling : target.firstChild) : sibling;
  let known = edges.get(target);
  if (known?.has(child)) return true;
  const before = readTextBefore(target, child, classifier);
  const after = readTextAfter(target, child, classifier);
  if (before === undefined || after === undefined) return false;
  if (
    before &&
    after &&
    classifier.infoOf(before.parentNode!).block === classifier.infoOf(after.parentNode!).block
  )
    return false;
  if (before && runs.runsPast(before, 'end')) return false;
  if (after && runs.runsPast(after, 'start')) return false;
  if (!known) edges.set(target, (known = new Set()));
  known.add(child);
  return true;
}

/** Whether the scanner reads a text node's text (not inside a skipped element). */
function isRead(node: Text, classifier: Classifier): boolean {
  const parent = node.parentNode;
  return !!parent && !classifier.infoOf(parent).skip;
}

function textWalker(target: Node): TreeWalker {
  const root = target.getRootNode();
  const doc = target.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
}

/** The last node of `node`'s subtree in document order. */
function lastInside(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/**
 * The read text node nearest before a position (before `child` in `target`, or at its end):
 * null when there is none, undefined when it lies further than the seam looks.
 */
function readTextBefore(target: Node, child: Node | null, classifier: Classifier): Text | null | undefined {
  const walker = textWalker(target);
  const from = child ?? lastInside(target);
  walker.currentNode = from;
  // At the end of `target`, its own last node counts (it comes before the position).
  let node = (!child && from.nodeType === 3 ? from : walker.previousNode()) as Text | null;
  for (let steps = 0; node; steps++) {
    if (steps >= SEAM_STEPS) return undefined;
    if (isRead(node, classifier)) return node;
    node = walker.previousNode() as Text | null;
  }
  return null;
}

/** The read text node nearest after a position (before `child` in `target`, or at its end). */
function readTextAfter(target: Node, child: Node | null, classifier: Classifier): Text | null | undefined {
  const walker = textWalker(target);
  let node: Text | null;
  if (child && child.nodeType === 3) node = child as Text;
  else {
    walker.currentNode = child ?? lastInside(target);
    node = walker.nextNode() as Text | null;
  }
  for (let steps = 0; node; steps++) {
    if (steps >= SEAM_STEPS) return undefined;
    if (isRead(node, classifier)) return node;
    node = walker.nextNode() as Text | null;
  }
  return null;
}
