/**
 * Blocks matched in the background (issue #19's off-thread experiment): the scanner hands each
 * block here instead of matching it; block texts go to the background in batches, and each
 * batch's matches come back in order to be recorded. Up to `IN_FLIGHT` batches are out at once,
 * so the background matches one while the page walks on to the next.
 */
import { WINDOW } from '../match/window';
import type { RawMatch } from '../match/raw-match';
import type { TextBlock } from './blocks';
import type { Slice } from './schedule';

/** Matches block texts somewhere else, one list of matches per text, in original offsets. */
export type MatchRemotely = (texts: string[]) => Promise<RawMatch[][]>;

/** A block waiting for its matches, with how the scanner read it. */
export interface QueuedBlock {
  block: TextBlock;
  onScreen: boolean;
  unread: boolean;
}

/**
 * Records a block's matches (for a block longer than a window, in batches, so no task records
 * them all); a promise when the slice ran out and the scanner yielded.
 */
export type RecordMatched = (
  queued: QueuedBlock,
  matches: Iterable<RawMatch[]> | readonly RawMatch[],
  slice: Slice,
) => Promise<void> | undefined;

/** A long block's matches in batches of a size a slice can record. */
function* inBatches(matches: readonly RawMatch[]): Generator<RawMatch[]> {
  for (let i = 0; i < matches.length; i += 1024) yield matches.slice(i, i + 1024);
}

/** Characters of text per request: a 1 MB page in about sixteen, an ordinary article in one or two. */
const BATCH_CHARS = 65_536;
const IN_FLIGHT = 2;

export class RemoteBlocks {
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

  private async settleOldest(slice: Slice): Promise<void> {
    const { blocks, reply } = this.inFlight.shift()!;
    let matches: RawMatch[][];
    try {
      matches = await slice.waitFor(reply);
    } catch (error) {
      // A prototype's answer: the batch's blocks stay unrecorded (see the report on issue #19).
      console.error('Backstory: matching in the background failed', error);
      return;
    }
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
