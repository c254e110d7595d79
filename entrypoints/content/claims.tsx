/**
 * Marking claims on a page and finding them again: the "Mark claim" button next to a selection
 * (also reached from the context menu and a keyboard command), the compact form that follows,
 * and, when a page with saved claims loads, re-anchoring each one and highlighting it.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { ClaimMarker, type MarkerState } from '@/components/ClaimMarker';
import { hashText } from '@/lib/anchor/hash';
import { anchorQuote } from '@/lib/anchor/match-quote';
import { offsetOf, rangeFor, readPageText, type PageText } from '@/lib/anchor/page-text';
import { describeQuote } from '@/lib/anchor/selectors';
import { canonicalUrl, readPageMeta } from '@/lib/claims/page-meta';
import { CLAIM_SCHEMA_VERSION } from '@/lib/claims/constants';
import type { SavedClaim } from '@/lib/claims/schema';
import type { Highlighter } from '@/lib/dom/highlighter';
import { Slice } from '@/lib/dom/schedule';
import { mark } from '@/lib/dom/timing';
import type { ClaimPlacement, PageClaims } from '@/lib/messaging/protocol';
import { askBackground } from '@/lib/messaging/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageUi } from './page-ui';

export interface ClaimsDeps {
  /** Backstory's UI on the page; undefined when the page keeps Backstory from showing any. */
  ui: () => Promise<PageUi | undefined>;
  /** Recognises Backstory's own UI host (by identity). */
  isOwnUi: (el: Element) => boolean;
  highlighter: Highlighter;
  /** Entity ids found inside a range of the page, for linking automatically. */
  entitiesIn: (range: Range) => string[];
  /** The knowledge base's version now, recorded with each new claim. */
  kbVersion: () => string;
  /** The "Mark claim" button is about to show: anything it could cover (the card) should go. */
  onOffer?: () => void;
}

interface Placed {
  claim: SavedClaim;
  placement: ClaimPlacement;
  range?: StaticRange;
  /** The page's words under `range` when it was placed, to notice when the page changes them. */
  text?: string;
}

/** Below this much room beside the selection, the claim form is laid over the foot of the viewport. */
const FORM_ROOMY = 260;

/** Orphans are looked for again at most this often while the page keeps changing. */
const ORPHAN_RETRY_MS = 2000;

/** The text under a range now, or undefined when its nodes left the page or shrank under it. */
function textUnder(range: StaticRange): string | undefined {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return undefined;
  try {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  } catch {
    return undefined;
  }
}

/** A selection worth offering to mark: in page text, not in a form field or Backstory's UI. */
function markableRange(ui: PageUi | undefined): Range | undefined {
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

export class ClaimsController {
  /** Off on a paused site: no "Mark claim" button on selecting (the context menu still marks). */
  offersOnSelection = true;
  private placed: Placed[] = [];
  private following: Promise<void> | undefined;
  private orphansTriedAt = 0;
  private formHeights = new Map<string, number>();
  private pageUrl = canonicalUrl(document, location.href);
  /** The latest placement of this page's claims; until the first starts, a wait for it. */
  private loading: Promise<void>;
  private firstLoadStarted!: (load: Promise<void>) => void;
  private marker?: {
    range: Range;
    quote: string;
    state: MarkerState;
    claim?: SavedClaim;
  };

  constructor(
    ctx: ContentScriptContext,
    private readonly deps: ClaimsDeps,
    signal: AbortSignal,
  ) {
    // Questions about placements asked before the page was first read wait for its answer.
    this.loading = new Promise<Promise<void>>((resolve) => (this.firstLoadStarted = resolve)).then(
      (load) => load,
    );
    // Only the reader's own pointer or keys offer "Mark claim": a page that selects a passage
    // and fires a synthetic pointerup must not make the button appear where it likes.
    const onSelectionEnd = (event: Event) => {
      if (event.isTrusted) setTimeout(() => void this.offer(), 0);
    };
    document.addEventListener('pointerup', onSelectionEnd, { signal, capture: true });
    document.addEventListener(
      'keyup',
      (event) => {
        if (event.shiftKey || event.key === 'Shift') onSelectionEnd(event);
      },
      { signal, capture: true },
    );
    document.addEventListener(
      'selectionchange',
      () => {
        if (this.marker?.state.step === 'offer' && !markableRange(undefined)) void this.closeMarker();
      },
      { signal },
    );
    ctx.onInvalidated(() => void this.closeMarker());
  }

  // ---- finding saved claims again -----------------------------------------------------------

  /** Fetches this page's claims and re-anchors them, in slices. */
  load(): Promise<void> {
    this.loading = this.loadNow();
    this.firstLoadStarted(this.loading);
    return this.loading;
  }

  private async loadNow() {
    this.pageUrl = canonicalUrl(document, location.href);
    const result = await askBackground('claimsForPage', { url: this.pageUrl, seenUrl: location.href });
    const claims = result.ok ? result.value : [];
    this.clearHighlights();
    this.placed = claims.map((claim) => ({ claim, placement: { id: claim.id, status: 'pending' } }));
    if (claims.length === 0) return;
    mark('reanchor-start', { claims: claims.length });
    const slice = new Slice();
    const page = readPageText(document, this.deps.isOwnUi);
    await slice.next();
    for (const placed of this.placed) {
      this.place(placed, page);
      if (slice.expired()) await slice.next();
    }
    this.deps.highlighter.register();
    slice.finish();
    mark('reanchor-end', { claims: claims.length, busyMs: slice.busyMs, yields: slice.yields });
  }

  private place(placed: Placed, page: PageText) {
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
    (anchor.quality === 'doubtful' ? this.deps.highlighter.doubtfulClaim : this.deps.highlighter.claim).add(
      range,
    );
  }

  private clearHighlights() {
    for (const placed of this.placed) this.unhighlight(placed);
  }

  private unhighlight(placed: Placed) {
    if (!placed.range) return;
    this.deps.highlighter.claim.delete(placed.range);
    this.deps.highlighter.doubtfulClaim.delete(placed.range);
    placed.range = undefined;
    placed.text = undefined;
  }

  /**
   * The page changed (one call per batch of changes): a claim whose words changed under it is
   * placed again at once — on its words where they still are, flagged where it is doubtful, or
   * listed as an orphan with its highlight gone, never left on other words. Orphans are looked
   * for again now and then, as a page that loads more text may bring their words back.
   */
  pageChanged(): Promise<void> {
    if (this.placed.length === 0 || this.following) return this.following ?? Promise.resolve();
    this.following = this.follow().finally(() => (this.following = undefined));
    return this.following;
  }

  private async follow() {
    await this.loading;
    const moved = this.placed.filter((p) => p.range && textUnder(p.range) !== p.text);
    const now = performance.now();
    const retry =
      now - this.orphansTriedAt > ORPHAN_RETRY_MS && this.placed.some((p) => p.placement.status === 'orphan');
    if (moved.length === 0 && !retry) return;
    if (retry) this.orphansTriedAt = now;
    const page = readPageText(document, this.deps.isOwnUi);
    for (const placed of moved) {
      this.unhighlight(placed);
      this.place(placed, page);
    }
    if (retry)
      for (const placed of this.placed) if (placed.placement.status === 'orphan') this.place(placed, page);
    this.deps.highlighter.register();
    if (moved.length > 0) mark('reanchor-followed', { claims: moved.length });
  }

  /** This page's claims and where each was found, once they have been looked for. */
  async pageClaims(): Promise<PageClaims> {
    await this.loading;
    return { url: this.pageUrl, seenUrl: location.href, placements: this.placed.map((p) => p.placement) };
  }

  async reveal(id: string): Promise<boolean> {
    await this.loading;
    const range = this.placed.find((p) => p.claim.id === id)?.range;
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const { flash } = this.deps.highlighter;
    flash.clear();
    flash.add(range);
    setTimeout(() => flash.delete(range), 1600);
    return true;
  }

  dispose() {
    this.clearHighlights();
    void this.closeMarker();
  }

  // ---- marking ------------------------------------------------------------------------------

  /** Shows "Mark claim" next to the current selection, if it is worth marking. */
  private async offer() {
    if (!this.offersOnSelection) return;
    const ui = await this.deps.ui();
    if (!ui) return;
    if (this.marker && this.marker.state.step !== 'offer') return; // a form is open: leave it be
    const range = markableRange(ui);
    if (!range) {
      if (this.marker?.state.step === 'offer') await this.closeMarker();
      return;
    }
    this.marker = { range, quote: range.toString().trim(), state: { step: 'offer' } };
    this.deps.onOffer?.();
    void this.renderMarker(false);
  }

  /** True while "Mark claim" is offered next to a selection: hovering names opens no card then. */
  get isOffering(): boolean {
    return this.marker?.state.step === 'offer';
  }

  /** Withdraws the "Mark claim" offer (the reader moved on with the keyboard). */
  dismissOffer() {
    if (this.isOffering) void this.closeMarker();
  }

  /** Marks the current selection at once (context menu, keyboard command). */
  async markSelection(): Promise<boolean> {
    const ui = await this.deps.ui();
    const range = markableRange(ui);
    if (!range) return false;
    this.marker = { range, quote: range.toString().trim(), state: { step: 'offer' } };
    await this.save();
    return true;
  }

  private async renderMarker(focus: boolean) {
    const marker = this.marker;
    if (!marker) return;
    const ui = await this.deps.ui();
    if (!ui) return;
    const anchor: VirtualElement = {
      getBoundingClientRect: () => marker.range.getBoundingClientRect(),
      getClientRects: () => marker.range.getClientRects(),
    };
    ui.marker.show(
      anchor,
      <ClaimMarker
        state={marker.state}
        quote={marker.quote}
        onMark={(event) => {
          const why = ui.refusal(event, ui.marker);
          if (why) this.setMarker({ step: 'error', message: `Not saved: ${why}.` });
          else void this.save();
        }}
        onClose={() => void this.closeMarker()}
      />,
      focus,
      marker.state.step === 'form' ? FORM_ROOMY : undefined,
    );
  }

  private setMarker(state: MarkerState) {
    if (!this.marker) return;
    this.marker.state = state;
    void this.renderMarker(false);
  }

  private async save() {
    const marker = this.marker;
    if (!marker) return;
    this.setMarker({ step: 'saving' });
    // The page may have rewritten the text under the selection since it was offered.
    if (marker.range.toString().trim() !== marker.quote) {
      this.setMarker({ step: 'error', message: 'Not saved: the selected text changed; select it again.' });
      return;
    }
    const page = readPageText(document, this.deps.isOwnUi);
    const start = offsetOf(page, marker.range.startContainer, marker.range.startOffset);
    const end = offsetOf(page, marker.range.endContainer, marker.range.endOffset);
    if (start === undefined || end === undefined || end <= start) {
      this.setMarker({ step: 'error', message: 'That selection is not in the page’s text.' });
      return;
    }
    // Trim the selection to the words, so the quote has no stray spaces at either end.
    const raw = page.text.slice(start, end);
    const from = start + (raw.length - raw.trimStart().length);
    const to = end - (raw.length - raw.trimEnd().length);
    // The same passage marked again opens the claim already saved, rather than a duplicate.
    const selectors = describeQuote(page.text, from, to);
    const fresh = rangeFor(page, from, to);
    const same = this.placed.find(
      (p) =>
        p.placement.status !== 'orphan' &&
        p.claim.selectors.quote.exact === selectors.quote.exact &&
        ((p.range !== undefined &&
          fresh !== undefined &&
          p.range.startContainer === fresh.startContainer &&
          p.range.startOffset === fresh.startOffset) ||
          (p.claim.selectors.quote.prefix === selectors.quote.prefix &&
            p.claim.selectors.quote.suffix === selectors.quote.suffix)),
    );
    if (same) {
      marker.claim = same.claim;
      this.setMarker({
        step: 'form',
        url: `${browser.runtime.getURL('/claim-form.html')}?claim=${encodeURIComponent(same.claim.id)}`,
      });
      document.getSelection()?.removeAllRanges();
      return;
    }
    const now = new Date().toISOString();
    const entities = this.deps.entitiesIn(marker.range);
    const claim: SavedClaim = {
      id: crypto.randomUUID(),
      schemaVersion: CLAIM_SCHEMA_VERSION,
      url: this.pageUrl,
      seenUrl: location.href,
      page: readPageMeta(document, location.href),
      selectors,
      pageTextHash: hashText(page.text),
      created: now,
      updated: now,
      entities,
      note: '',
      tags: [],
      label: 'claim',
      kbVersion: this.deps.kbVersion(),
    };
    // Asked alongside the save, not after it: the form needs it (see below).
    const frame = this.frameId();
    // The id is fixed before the first try, so a retry after a lost reply cannot duplicate.
    let result = await askBackground('saveClaim', { claim });
    if (!result.ok && result.error.code === 'unreachable')
      result = await askBackground('saveClaim', { claim });
    if (!result.ok) {
      this.setMarker({ step: 'error', message: `Not saved: ${result.error.message}` });
      return;
    }
    marker.claim = result.value;
    const range = rangeFor(page, from, to);
    const placed: Placed = {
      claim: result.value,
      placement: { id: claim.id, status: 'anchored', score: 1 },
      range,
      text: range ? page.text.slice(from, to) : undefined,
    };
    this.placed.push(placed);
    if (range) this.deps.highlighter.claim.add(range);
    // The form asks this frame (through the background) whether it is on show before it saves.
    const frameId = await frame;
    const form = new URL(browser.runtime.getURL('/claim-form.html'));
    form.searchParams.set('claim', claim.id);
    if (frameId !== undefined) form.searchParams.set('frame', String(frameId));
    this.setMarker({ step: 'form', url: form.href });
    document.getSelection()?.removeAllRanges();
  }

  /** The claim form measured itself: its frame takes that height, within the room on screen. */
  formHeight(id: string, height: number) {
    const marker = this.marker;
    if (marker?.claim?.id !== id || marker.state.step !== 'form') return;
    if (marker.state.height === height) return;
    marker.state = { ...marker.state, height };
    void this.renderMarker(false);
  }

  private ownFrame: Promise<number | undefined> | undefined;

  /** This frame's id, as the background knows it. */
  private frameId(): Promise<number | undefined> {
    const asking = (this.ownFrame ??= askBackground('whereAmI', {}).then((r) => {
      // Not kept when the background could not answer (stopped mid-request): ask again next time.
      if (!r.ok) this.ownFrame = undefined;
      return r.ok ? r.value.frameId : undefined;
    }));
    return asking;
  }

  /**
   * Why a click at (x, y) in the claim form for a claim should not count, or null when it may:
   * the form's frame must be still and plainly on show in Backstory's UI at that point.
   */
  async formClickRefusal(id: string, x: number, y: number): Promise<string | null> {
    const ui = await this.deps.ui();
    const frame = ui?.marker.element.querySelector('iframe');
    if (!ui || !frame || this.marker?.claim?.id !== id || this.marker.state.step !== 'form')
      return 'this form is no longer on the page';
    return ui.frameRefusal(frame, ui.marker, x, y) ?? null;
  }

  /** The claim form for a claim was closed (from inside its frame). */
  formClosed(id: string) {
    if (this.marker?.claim?.id === id) void this.closeMarker();
  }

  private async closeMarker() {
    this.marker = undefined;
    (await this.deps.ui())?.marker.hide();
  }
}
