/**
 * Blocks matched in the background (issue #19): the scanner hands each
 * block here instead of matching it; block texts go to the background in batches, and each
 * batch's matches come back in order to be recorded. Up to `IN_FLIGHT` batches are out at once,
 * so the background matches one while the page walks on to the next. A block longer than a
 * window goes window by window (window.ts), so no request, reply or task holds all of it.
 */
import { keepInWindow, shiftMatch, WINDOW, windowCuts, type WindowCut } from '../match/window';
import type { RawMatch } from '../match/raw-match';
import type { Slice } from './schedule';
import type { BlockQueue, QueuedBlock, RecordMatched } from './scanner-deps';

export type { QueuedBlock };

/**
 * Matches texts somewhere else, one list of matches per text, in each text's own offsets;
 * `whole` lists the texts that are windows of a longer block, whose matches all come back.
 */
export type MatchRemotely = (texts: string[], whole: number[]) => Promise<RawMatch[][]>;

/**
 * Characters of text per request: a 1 MB page in about sixteen, an ordinary article in one or
 * two. A request holds less than this plus one window (`MAX_WINDOW_TEXT`), which is all the
 * background accepts (lib/messaging/background-requests.ts).
 */
export const BATCH_CHARS = 65_536;
const IN_FLIGHT = 2;

/** A block waiting for its matches: one list for a short block, one per window for a long one. */
interface Waiting {
  queued: QueuedBlock;
  cuts: WindowCut[] | undefined;
  found: RawMatch[][];
  /** How many of its texts were answered (or failed). */
  answered: number;
  failed: boolean;
}

/** One request's texts, and the block each belongs to. */
interface Batch {
  texts: string[];
  whole: number[];
  owners: Waiting[];
}

export class RemoteBlocks implements BlockQueue {
  private queued: Batch = { texts: [], whole: [], owners: [] };
  private chars = 0;
  private inFlight: { batch: Batch; reply: Promise<RawMatch[][]> }[] = [];

  constructor(
    private readonly match: MatchRemotely,
    private readonly record: RecordMatched,
    /** Once the scanner stops, replies still on their way are dropped, not recorded. */
    private readonly stopped: () => boolean,
  ) {}

  /** Queues a (non-blank) block; a promise when the page must wait for earlier batches first. */
  push(queued: QueuedBlock, slice: Slice): Promise<void> | undefined {
    const text = queued.block.text;
    if (text.length > WINDOW) return this.pushWindows(queued, slice);
    this.add({ queued, cuts: undefined, found: [], answered: 0, failed: false }, text, false);
    return this.sendIfFull(slice);
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

  private async pushWindows(queued: QueuedBlock, slice: Slice): Promise<void> {
    const text = queued.block.text;
    const waiting: Waiting = { queued, cuts: [...windowCuts(text)], found: [], answered: 0, failed: false };
    for (const cut of waiting.cuts!) {
      if (this.stopped()) return;
      this.add(waiting, text.slice(cut.start, cut.sliceEnd), true);
      const pending = this.sendIfFull(slice);
      if (pending) await pending;
    }
  }

  private add(owner: Waiting, text: string, whole: boolean) {
    if (whole) this.queued.whole.push(this.queued.texts.length);
    this.queued.texts.push(text);
    this.queued.owners.push(owner);
    this.chars += text.length;
  }

  private sendIfFull(slice: Slice): Promise<void> | undefined {
    if (this.chars < BATCH_CHARS) return undefined;
    this.send();
    return this.inFlight.length > IN_FLIGHT ? this.settleOldest(slice) : undefined;
  }

  private send() {
    if (this.queued.texts.length === 0) return;
    const batch = this.queued;
    this.queued = { texts: [], whole: [], owners: [] };
    this.chars = 0;
    this.inFlight.push({ batch, reply: this.match(batch.texts, batch.whole) });
  }

  /**
   * A batch's matches, asked for a second time if the first answer failed (a service worker
   * stopped or restarted while matching): else the reader would see nothing highlighted there.
   * Undefined when the second answer failed too, or the scanner stopped.
   */
  private async answer(batch: Batch, reply: Promise<RawMatch[][]>, slice: Slice) {
    try {
      return await slice.waitFor(reply);
    } catch (error) {
      if (this.stopped()) return undefined;
      console.warn('Backstory: matching in the background failed; asking again', error);
    }
    try {
      return await slice.waitFor(this.match(batch.texts, batch.whole));
    } catch (error) {
      console.error('Backstory: matching in the background failed twice', error);
      return undefined;
    }
  }

  /** Files the oldest batch's matches with their blocks, and records each block now complete. */
  private async settleOldest(slice: Slice): Promise<void> {
    const { batch, reply } = this.inFlight.shift()!;
    const matches = await this.answer(batch, reply, slice);
    for (let i = 0; i < batch.owners.length && !this.stopped(); i++) {
      const owner = batch.owners[i]!;
      owner.answered++;
      if (matches) owner.found.push(matches[i]!);
      else owner.failed = true;
      // Recorded once all its texts are answered; a block with a window unanswered is left out.
      if (owner.answered < (owner.cuts?.length ?? 1) || owner.failed) continue;
      const found = owner.cuts ? kept(owner, owner.cuts) : owner.found[0]!;
      const pending = this.record(owner.queued, found, slice);
      if (pending) await pending;
    }
  }
}

/** A long block's matches, window by window, as the page's own matcher keeps them. */
function* kept(owner: Waiting, cuts: WindowCut[]): Generator<RawMatch[]> {
  const length = owner.queued.block.text.length;
  let lastEnd = 0;
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    const batch = keepInWindow(owner.found[k]!, cut, length, lastEnd, (m) => shiftMatch(m, cut.start));
    owner.found[k] = []; // recorded: let it go
    if (batch.length > 0) lastEnd = batch[batch.length - 1]!.end;
    yield batch;
  }
}
