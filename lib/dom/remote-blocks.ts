/**
 * Blocks matched in the background (issue #19's off-thread experiment): the scanner hands each
 * block here instead of matching it; block texts go to the background in batches, and each
 * batch's matches come back in order to be recorded. Up to `IN_FLIGHT` batches are out at once,
 * so the background matches one while the page walks on to the next.
 */
import { WINDOW } from '../match/window';
import type { RawMatch } from '../match/raw-match';
import type { Slice } from './schedule';
import type { BlockQueue, QueuedBlock, RecordMatched } from './scanner-deps';

export type { QueuedBlock };

/** Matches block texts somewhere else, one list of matches per text, in original offsets. */
export type MatchRemotely = (texts: string[]) => Promise<RawMatch[][]>;

/** A long block's matches in batches of a size a slice can record. */
function* inBatches(matches: readonly RawMatch[]): Generator<RawMatch[]> {
  for (let i = 0; i < matches.length; i += 1024) yield matches.slice(i, i + 1024);
}

/** Characters of text per request: a 1 MB page in about sixteen, an ordinary article in one or two. */
const BATCH_CHARS = 65_536;
const IN_FLIGHT = 2;

export class RemoteBlocks implements BlockQueue {
  private queued: QueuedBlock[] = [];
  private chars = 0;
  private inFlight: { blocks: QueuedBlock[]; reply: Promise<RawMatch[][]> }[] = [];

  constructor(
    private readonly match: MatchRemotely,
    private readonly record: RecordMatched,
    /** Once the scanner stops, replies still on their way are dropped, not recorded. */
    private readonly stopped: () => boolean,
  ) {}

  /** Queues a (non-blank) block; a promise when the page must wait for earlier batches first. */
  push(queued: QueuedBlock, slice: Slice): Promise<void> | undefined {
    this.queued.push(queued);
    this.chars += queued.block.text.length;
    if (this.chars < BATCH_CHARS) return undefined;
    this.send();
    return this.inFlight.length > IN_FLIGHT ? this.settleOldest(slice) : undefined;
  }

  /** Sends what is queued and records every batch's matches, in order. */
  async drain(slice: Slice): Promise<void> {
    this.send();
    while (this.inFlight.length > 0) {
      if (this.stopped()) {
        this.inFlight = [];
        return;
      }
      await this.settleOldest(slice);
    }
  }

  private send() {
    if (this.queued.length === 0) return;
    const blocks = this.queued;
    this.queued = [];
    this.chars = 0;
    this.inFlight.push({ blocks, reply: this.match(blocks.map((q) => q.block.text)) });
  }

  /**
   * A batch's matches, asked for a second time if the first answer failed (a service worker
   * stopped or restarted while matching): else the reader would see nothing highlighted there.
   * Undefined when the second answer failed too, or the scanner stopped.
   */
  private async answer(
    blocks: QueuedBlock[],
    reply: Promise<RawMatch[][]>,
    slice: Slice,
  ): Promise<RawMatch[][] | undefined> {
    try {
      return await slice.waitFor(reply);
    } catch (error) {
      if (this.stopped()) return undefined;
      console.warn('Backstory: matching in the background failed; asking again', error);
    }
    try {
      return await slice.waitFor(this.match(blocks.map((q) => q.block.text)));
    } catch (error) {
      console.error('Backstory: matching in the background failed twice', error);
      return undefined;
    }
  }

  private async settleOldest(slice: Slice): Promise<void> {
    const { blocks, reply } = this.inFlight.shift()!;
    const matches = await this.answer(blocks, reply, slice);
    if (!matches) return;
    for (let i = 0; i < blocks.length && !this.stopped(); i++) {
      const queued = blocks[i]!;
      const found = matches[i]!;
      const pending = this.record(
        queued,
        queued.block.text.length > WINDOW ? inBatches(found) : found,
        slice,
      );
      if (pending) await pending;
    }
  }
}
