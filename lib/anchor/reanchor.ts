/**
 * Finding saved claims again on a page (re-anchoring), beside the quote matching it relies on
 * (as Hypothesis keeps annotator/anchoring/). Each claim's quote is looked for in the page's text
 * now (match-quote.ts) and highlighted where it is — flagged where the match is doubtful — or
 * listed as an orphan, never put on other words. As the page changes, claims whose words changed
 * under them are placed again, and orphans are looked for again now and then.
 */
import { Slice } from '../dom/schedule';
import { mark } from '../dom/timing';
import type { ClaimPlacement } from '../messaging/content-requests';
import { anchorQuote } from './match-quote';
import { rangeFor, readPageText, type PageText } from './page-text';
import type { QuoteSelectors } from './selectors';

/** What re-anchoring needs of a saved claim. */
export interface Anchorable {
  id: string;
  selectors: QuoteSelectors;
}

/** A claim and where it was found on the page now. */
export interface Placed<T extends Anchorable> {
  claim: T;
  placement: ClaimPlacement;
  range?: StaticRange;
  /** The page's words under `range` when it was placed, to notice when the page changes them. */
  text?: string;
}

/** One highlight's ranges (lib/dom/highlighter.ts). */
interface RangeSet {
  add(range: StaticRange): void;
  delete(range: AbstractRange): void;
}

/** Where placed claims are drawn: the `Highlighter`'s claim highlights. */
export interface ClaimHighlights {
  readonly claim: RangeSet;
  readonly doubtfulClaim: RangeSet;
  /** Puts the highlights back in `CSS.highlights` if the page took them out. */
  register(): void;
}

/** Orphans are looked for again at most this often while the page keeps changing. */
const ORPHAN_RETRY_MS = 2000;

/** The claims saved for one page and where each is now. */
export class ClaimPlacements<T extends Anchorable> {
  private placed: Placed<T>[] = [];
  private orphansTriedAt = 0;

  constructor(
    private readonly doc: Document,
    /** Recognises Backstory's own UI host, whose text is not the page's. */
    private readonly isOwnUi: (el: Element) => boolean,
    private readonly highlights: ClaimHighlights,
    /** Called when a claim's placement may have changed: placed, found again, lost or added. */
    private readonly changed: () => void = () => undefined,
  ) {}

  /** Every claim with its placement, in the order they were given. */
  get all(): readonly Placed<T>[] {
    return this.placed;
  }

  /** Places each claim in the page's text (in slices that yield to the page), replacing any before. */
  async placeAll(claims: readonly T[]): Promise<void> {
    this.forget();
    const all: Placed<T>[] = claims.map((claim) => ({
      claim,
      placement: { id: claim.id, status: 'pending' },
    }));
    this.placed = all;
    if (claims.length === 0) return this.changed();
    mark('reanchor-start', { claims: claims.length });
    const slice = new Slice();
    const page = this.readPage();
    await slice.next();
    // A later placement (another address's claims, or `clear`) replaces this one between slices:
    // this one then stops, so none of its highlights outlive it.
    const current = () => this.placed === all;
    for (const placed of all) {
      if (!current()) return slice.finish();
      this.place(placed, page);
      if (slice.expired()) await slice.next();
    }
    if (!current()) return slice.finish();
    this.highlights.register();
    slice.finish();
    this.changed();
    mark('reanchor-end', { claims: claims.length, busyMs: slice.busyMs, yields: slice.yields });
  }

  /**
   * The page changed: a claim whose words changed under it is placed again at once — on its
   * words where they still are, flagged where it is doubtful, or listed as an orphan with its
   * highlight gone. Orphans are looked for again at most every `ORPHAN_RETRY_MS`, as a page that
   * loads more text may bring their words back — or at once with `orphansNow` (the page has just
   * been read through).
   */
  follow(now = performance.now(), orphansNow = false) {
    const moved = this.placed.filter((p) => p.range && textUnder(this.doc, p.range) !== p.text);
    const retry =
      (orphansNow || now - this.orphansTriedAt > ORPHAN_RETRY_MS) &&
      this.placed.some((p) => p.placement.status === 'orphan');
    if (moved.length === 0 && !retry) return;
    if (retry) this.orphansTriedAt = now;
    const page = this.readPage();
    for (const placed of moved) {
      this.unhighlight(placed);
      this.place(placed, page);
    }
    if (retry)
      for (const placed of this.placed) if (placed.placement.status === 'orphan') this.place(placed, page);
    this.highlights.register();
    this.changed();
    if (moved.length > 0) mark('reanchor-followed', { claims: moved.length });
  }

  /** Adds a claim just saved from a selection, already placed (highlighted where it has a range). */
  add(placed: Placed<T>) {
    this.placed.push(placed);
    if (placed.range) this.highlights.claim.add(placed.range);
    this.changed();
  }

  /** Takes every highlight away and forgets the claims; a placement under way stops. */
  clear() {
    this.forget();
    this.changed();
  }

  private forget() {
    for (const placed of this.placed) this.unhighlight(placed);
    this.placed = [];
  }

  private readPage(): PageText {
    return readPageText(this.doc, this.isOwnUi);
  }

  private place(placed: Placed<T>, page: PageText) {
    const anchor = anchorQuote(page.text, placed.claim.selectors);
    const range = anchor ? rangeFor(page, anchor.start, anchor.end) : undefined;
    if (!anchor || !range) {
      placed.placement = { id: placed.claim.id, status: 'orphan' };
      return;
    }
    placed.range = range;
    placed.text = page.text.slice(anchor.start, anchor.end);
    placed.placement = {
      id: placed.claim.id,
      status: anchor.quality === 'doubtful' ? 'doubtful' : 'anchored',
      score: Math.round(anchor.score * 100) / 100,
    };
    (anchor.quality === 'doubtful' ? this.highlights.doubtfulClaim : this.highlights.claim).add(range);
  }

  private unhighlight(placed: Placed<T>) {
    if (!placed.range) return;
    this.highlights.claim.delete(placed.range);
    this.highlights.doubtfulClaim.delete(placed.range);
    placed.range = undefined;
    placed.text = undefined;
  }
}

/** The text under a range now, or undefined when its nodes left the page or shrank under it. */
function textUnder(doc: Document, range: StaticRange): string | undefined {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return undefined;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  } catch {
    return undefined;
  }
}
