/**
 * Scans a page for mentions without ever blocking it: the visible part first, then the rest in
 * slices that yield to the browser, then whatever changes — batched per animation frame by one
 * MutationObserver, with a full rescan when mutations flood in and a brake if rescans loop.
 */
import type { RawMatch } from '../match/matcher';
import { WINDOW } from '../match/window';
import { PAUSE, walkBlocks, type TextBlock } from './blocks';
import type { BlockRecorder } from './block-records';
import type { BlockQueue, QueuedBlock, RecordMatched, ScannerDeps } from './scanner-deps';
import { afterIdleWork, afterNextFrame, BrakedJob, CHECK_EVERY, inSteps, NextFrame, Slice } from './schedule';
import { PendingChanges } from './mutation-seams';
import { isBlank, nextSiblingOrUp, rectTop, visibleStart } from './scan-nodes';
import { mark, spansOf } from './timing';
import { RevealWatch, watchOptions } from './reveal-watch';

/**
 * More changed subtrees than this in one frame is a flood: rescan everything, later, once. Each
 * costs only its own blocks (mutation-seams.ts), while a rescan drops and reads every block of the
 * page: a live blog whose frames stall for a third of a second must not cost one.
 */
const FLOOD_ROOTS = 1000;
/** Full rescans allowed per minute before the scanner slows down. */
const RESCANS_PER_MINUTE = 6;

export class PageScanner {
  private observer: MutationObserver | undefined;
  private pending = new PendingChanges();
  /** Page changes are read in one batch per frame. */
  private readonly batch = new NextFrame(() => this.flushMutations());
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Mutation floods: one full rescan a little later, at most a few per minute. */
  private readonly rescans = new BrakedJob(() => void this.rescan(), RESCANS_PER_MINUTE);
  private seenShadowRoots = new WeakSet<ShadowRoot>();

  /** Matching in the background (issue #19), when the deps ask for it. */
  private readonly remote: BlockQueue | undefined;
  /** Hidden elements shown later (reveal-watch.ts), when the deps skip what style hides. */
  private readonly reveals: RevealWatch | undefined;

  constructor(private readonly deps: ScannerDeps) {
    const record: RecordMatched = (queued, matches, slice) => this.recordBlock(queued, matches, slice);
    this.remote = deps.matchRemotely?.(record, () => this.stopped);
    // Hidden elements the page has shown are read with the next batch of changes.
    this.reveals = deps.hidden && new RevealWatch(deps.hidden, deps.doc, (shown) => this.collect([], shown));
  }

  /** Scans the page (visible part first) and starts watching it for changes. */
  start(): Promise<void> {
    this.observe();
    return this.enqueue(() => this.fullScan());
  }

  /** Resolves once the page as it stands has been read: the scan and the changes seen so far. */
  async settled(): Promise<void> {
    await this.batch.done(); // changes seen wait for their frame's batch to be queued
    await this.running;
  }

  /** Rescans everything, e.g. after an in-page (SPA) navigation. */
  rescan(): Promise<void> {
    return this.enqueue(async () => {
      this.deps.mentions.clear();
      this.deps.classifier.reset();
      await this.fullScan();
      this.deps.onMutations?.();
    });
  }

  stop() {
    this.stopped = true;
    this.reveals?.stop();
    this.observer?.disconnect();
    this.batch.cancel();
    this.rescans.cancel();
  }

  /**
   * Work runs one job at a time, so a rescan never interleaves with a mutation batch. After
   * each job the classifier forgets its answers: they are cheap to find again, and keeping them
   * would hold on to every element the job looked at.
   */
  private enqueue(job: () => Promise<void>): Promise<void> {
    this.running = this.running
      .then(() => (this.stopped ? undefined : job()))
      .catch((error: unknown) => console.error('Backstory: scan failed', error))
      .finally(() => this.deps.classifier.reset());
    return this.running;
  }

  private async fullScan() {
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    if (!root) return;
    // Finding the visible part needs layout: let the browser do it in its own frame first
    // rather than forcing it (on a 1 MB page that forced layout alone takes ~60 ms).
    await afterNextFrame(this.deps.doc);
    await afterIdleWork(this.deps.doc);
    if (this.stopped) return;
    const slice = new Slice();
    mark('scan-start');
    const visible = visibleStart(this.deps.doc, root);
    if (visible) await this.scanFrom(visible, slice, true);
    await this.remote?.drain(slice);
    this.flushUpdates();
    mark('first-highlights');
    await this.scanRoot(root, slice, (node, parent) => this.deps.mentions.has(node, parent));
    await this.scanShadowRoots(root, slice);
    this.flushUpdates();
    slice.finish();
    mark('scan-end', {
      blocks: this.deps.mentions.blockCount,
      ...slice.figures(),
      spans: spansOf(slice),
    });
  }

  /**
   * First pass: whole block-level elements from `start` onwards, until they leave the viewport.
   * Only elements that are their own block are read here, so every block this pass records is
   * complete; loose inline text is left to the full pass.
   */
  private async scanFrom(start: Node, slice: Slice, stopBelowViewport: boolean) {
    const doc = this.deps.doc;
    const view = doc.defaultView!;
    const { classifier, mentions } = this.deps;
    let from: Node = start;
    while (from.parentNode && from.parentNode !== doc.body && classifier.infoOf(from).block !== from) {
      from = from.parentNode;
    }
    for (let node: Node | null = from; node; node = nextSiblingOrUp(node, doc.body)) {
      if (node.nodeType !== 1) continue;
      const info = classifier.infoOf(node);
      if (info.skip || info.block !== node) continue;
      for (const block of walkBlocks(node, classifier, (text, parent) => mentions.has(text, parent))) {
        if (block === PAUSE) {
          if (slice.expired()) await slice.next();
          continue;
        }
        const pending = this.processBlock(block, slice, true, true);
        if (pending) await pending;
        const top = rectTop(block);
        if (stopBelowViewport && top !== undefined && top > view.innerHeight) return;
      }
    }
  }

  private async scanRoot(root: Node, slice: Slice, skip?: (node: Text, parent: Node) => boolean) {
    for (const block of walkBlocks(root, this.deps.classifier, skip)) {
      if (block === PAUSE) {
        if (slice.expired()) await slice.next();
      } else {
        this.blocksRead++;
        const pending = this.processBlock(block, slice, false, !!skip);
        if (pending) await pending;
      }
      if (this.stopped) return;
    }
    await this.remote?.drain(slice);
  }

  /** Open shadow roots are not reached by a tree walk of the light DOM; find and scan them. */
  private async scanShadowRoots(root: Element, slice: Slice) {
    const hosts = root.querySelectorAll('*');
    for (let i = 0; i < hosts.length; i++) {
      const shadow = hosts[i]!.shadowRoot;
      if (shadow && !this.seenShadowRoots.has(shadow)) await this.scanShadow(shadow, slice);
      if (slice.expired(4)) await slice.next();
    }
  }

  private async scanShadow(shadow: ShadowRoot, slice: Slice) {
    this.seenShadowRoots.add(shadow);
    this.deps.onShadowRoot?.(shadow);
    this.observer?.observe(shadow, watchOptions(!!this.deps.hidden));
    await this.scanRoot(shadow, slice);
    const nested = shadow.querySelectorAll('*');
    for (let i = 0; i < nested.length; i++) {
      const inner = nested[i]!.shadowRoot;
      if (inner && !this.seenShadowRoots.has(inner)) await this.scanShadow(inner, slice);
    }
  }

  /**
   * Matches and records one block, with no promise unless the slice is over (one per block costs
   * a microtask turn each) or the block is longer than a window, read window by window.
   * `unread` when the walk passed over every text node already read (nothing to forget).
   */
  private processBlock(
    block: TextBlock,
    slice: Slice,
    onScreen: boolean,
    unread: boolean,
  ): Promise<void> | undefined {
    // The white space between a page's paragraphs is about half its blocks: nothing can match
    // there, so nothing is recorded (a later pass reads it again, at the cost of one test).
    if (isBlank(block.text)) {
      if (!unread) this.deps.mentions.forget(block);
      return slice.expired(block.text.length + 16) ? this.endSlice(slice) : undefined;
    }
    const queued = { block, onScreen, unread };
    if (this.remote) return this.remote.push(queued, slice);
    const here = this.deps.matchHere!;
    if (block.text.length > WINDOW) return this.recordBlock(queued, here.windows(block.text), slice);
    return this.recordBlock(queued, here.short(block.text), slice);
  }

  /** Records a block's matches: all at once, or a window's batch at a time for a long block. */
  private recordBlock(
    { block, onScreen, unread }: QueuedBlock,
    matches: Iterable<RawMatch[]> | readonly RawMatch[],
    slice: Slice,
  ): Promise<void> | undefined {
    const recorder = this.deps.mentions.open(block, onScreen, unread);
    if (block.text.length > WINDOW)
      return this.recordWindows(matches as Iterable<RawMatch[]>, recorder, slice);
    recorder.add(matches as readonly RawMatch[]);
    // Each block costs something beyond its characters (nodes, records): count that too.
    return this.endBlock(recorder, slice, block.text.length + 64);
  }

  /** A long block's windows, each read, then recorded `inSteps` (1,300 matches a window on a live blog). */
  private async recordWindows(windows: Iterable<RawMatch[]>, recorder: BlockRecorder, slice: Slice) {
    for (const batch of windows) {
      let work = WINDOW; // the window's reading, counted with its first step
      for (const step of inSteps(batch)) {
        recorder.add(step);
        if (slice.expired(work)) await this.endSlice(slice);
        work = CHECK_EVERY;
      }
    }
    await this.endBlock(recorder, slice, 64); // its windows were counted as they were read
  }

  private endBlock(recorder: BlockRecorder, slice: Slice, work: number): Promise<void> | undefined {
    recorder.close();
    this.blocksSinceUpdate++;
    return slice.expired(work) ? this.endSlice(slice) : undefined;
  }

  private endSlice(slice: Slice): Promise<void> {
    this.flushUpdates();
    return slice.next();
  }

  private blocksSinceUpdate = 0;
  /** Blocks the last batch of page changes read again (for the benchmark's marks and tests). */
  private blocksRead = 0;

  /** Re-decides context-dependent mentions once per slice rather than once per block. */
  private flushUpdates() {
    if (this.deps.mentions.settle() || this.blocksSinceUpdate > 0) this.deps.onUpdate?.();
    this.blocksSinceUpdate = 0;
  }

  private observe() {
    const doc = this.deps.doc;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(doc.documentElement, watchOptions(!!this.deps.hidden));
  }

  private collect(records: MutationRecord[], shown: Element[] = []) {
    if (this.reveals && records.some((record) => record.type === 'attributes')) this.reveals.request();
    this.pending.add(records, this.deps.isOwnUi);
    this.pending.reveal(shown);
    if (this.pending.size > 0) this.batch.request();
  }

  private flushMutations() {
    const pending = this.pending;
    if (pending.rootCount > FLOOD_ROOTS) {
      pending.clear();
      this.rescans.request();
      return;
    }
    void this.enqueue(async () => {
      const slice = new Slice();
      const removed = pending.removed;
      pending.removed = false;
      const containers = pending.take(this.deps.classifier, this.deps.mentions.runs);
      this.blocksRead = 0;
      for (const container of containers) {
        // Reading a block again replaces what was recorded for its text nodes.
        await this.scanRoot(container, slice);
        if (container.nodeType === 1) {
          const el = container as Element;
          if (el.shadowRoot && !this.seenShadowRoots.has(el.shadowRoot))
            await this.scanShadow(el.shadowRoot, slice);
        }
      }
      if (removed) this.deps.mentions.prune();
      this.flushUpdates();
      mark('mutations-read', { blocks: this.blocksRead });
      this.deps.onMutations?.();
    });
  }
}
