/**
 * Marking a claim on a page: the "Mark claim" button next to a selection (also reached from the
 * context menu and a keyboard command) and the compact claim form that follows it, in its frame.
 */
import type { PanelAnchor } from '@/lib/dom/panel-dom';
import { ClaimMarker, type MarkerState } from '@/components/ClaimMarker';
import type { ClaimPlacements } from '@/lib/anchor/reanchor';
import { timeoutWithin } from '@/lib/dom/schedule';
import type { SavedClaim } from '@/lib/claims/schema';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ownFrameId } from './frame-id';
import type { PageUi } from './page-ui';
import { formUrl, saveSelection } from './save-claim';
import { markableRange } from './selection';
import { pageFocus, restoreFocus } from './return-focus';
import { HeldKeys } from './held-keys';
import { FORM_TAKEN_MESSAGE, guardFormFocus } from './form-focus';

export interface MarkingDeps {
  /** Backstory's UI on the page; undefined when the page keeps Backstory from showing any. */
  ui: () => Promise<PageUi | undefined>;
  /** Recognises Backstory's own UI host (by identity). */
  isOwnUi: (el: Element) => boolean;
  /** The claims placed on this page now. */
  placements: ClaimPlacements<SavedClaim>;
  /** The page's canonical address, as its claims are filed under. */
  pageUrl: () => string;
  /** Entity ids found inside a range of the page, for linking automatically. */
  entitiesIn: (range: Range) => string[];
  /**
   * Resolves once the page as it stands has been read: its names linked (the scan, and any batch
   * of changes queued) and the claims saved on it before placed. Until then `entitiesIn` and
   * `placements` would answer for a page half read.
   */
  pageRead: () => Promise<void>;
  /** The knowledge base's version now, recorded with each new claim. */
  kbVersion: () => string;
  /** The "Mark claim" button is about to show: anything it could cover (the card) should go. */
  onOffer?: () => void;
}

/** The passage being marked, and what the marker shows for it. */
interface MarkerOpen {
  range: Range;
  quote: string;
  state: MarkerState;
  claim?: SavedClaim;
  /** What had focus on the page when marking began: focus goes back there when the form closes. */
  returnTo: Element | null;
  /** Keys typed at the form's frame that reached the page, held for the form (held-keys.ts). */
  ahead?: HeldKeys;
  /** The key in the form's address for the port its Tab out comes by (form-focus.ts). */
  key?: string;
}

/** Below this much room beside the selection, the claim form is laid over the foot of the viewport. */
const FORM_ROOMY = 260;

export class Marking {
  /** Off on a paused site: no "Mark claim" button on selecting (the context menu still marks). */
  offersOnSelection = true;
  private marker?: MarkerOpen;
  /** Stops keeping the keyboard in the open form (form-focus.ts). */
  private stopFocusGuard?: () => void;
  /** The UI the marker was last drawn in, to tell synchronously whether its frame has focus. */
  private shownIn?: PageUi;

  constructor(
    ctx: ContentScriptContext,
    private readonly deps: MarkingDeps,
    signal: AbortSignal,
  ) {
    // Only the reader's own pointer or keys offer "Mark claim": a page that selects a passage
    // and fires a synthetic pointerup must not make the button appear where it likes.
    const onSelectionEnd = (event: Event) => {
      if (event.isTrusted) timeoutWithin(ctx.signal, () => void this.offer(), 0);
    };
    const capture = { signal, capture: true };
    document.addEventListener('pointerup', onSelectionEnd, capture);
    document.addEventListener(
      'keyup',
      (event) => {
        if (event.shiftKey || event.key === 'Shift') onSelectionEnd(event);
      },
      capture,
    );
    // Until the form's frame has loaded (and a moment after), Chromium delivers keys typed at it
    // (focus is on the frame) to this document: they are held for the form rather than lost. Only
    // the browser's own keys (held-keys.ts): a page script cannot type into the reader's note.
    window.addEventListener(
      'keydown',
      (event) => this.shownIn && this.marker?.ahead?.hold(event, this.shownIn),
      capture,
    );
    document.addEventListener(
      'selectionchange',
      () => {
        if (this.marker?.state.step === 'offer' && !markableRange(undefined)) void this.close();
      },
      { signal },
    );
    ctx.onInvalidated(() => void this.close());
  }

  /** True while "Mark claim" is offered next to a selection: hovering names opens no card then. */
  get isOffering(): boolean {
    return this.marker?.state.step === 'offer';
  }

  /** Withdraws the "Mark claim" offer (the reader moved on with the keyboard). */
  dismissOffer() {
    if (this.isOffering) void this.close();
  }

  /**
   * Marks the current selection at once (context menu, keyboard command). With nothing selected
   * and the claim form open, the keyboard command takes focus back into the form instead: the
   * form is non-modal, Tab leaves it for the page, and this is the way back short of tabbing
   * through the whole page.
   */
  async markSelection(): Promise<boolean> {
    const ui = await this.deps.ui();
    const range = markableRange(ui);
    if (!range) return this.focusForm(ui);
    this.marker = this.begin(range);
    await this.save();
    return true;
  }

  /** Moves focus into the open claim form's frame (which keeps the field that had focus there). */
  private focusForm(ui: PageUi | undefined): boolean {
    const frame = ui?.marker.element.querySelector('iframe');
    if (this.marker?.state.step !== 'form' || !frame) return false;
    frame.focus();
    return true;
  }

  /** The claim form measured itself: its frame takes that height, within the room on screen. */
  formHeight(id: string, height: number) {
    const marker = this.marker;
    if (marker?.claim?.id !== id || marker.state.step !== 'form') return;
    if (marker.state.height === height) return;
    marker.state = { ...marker.state, height };
    void this.render();
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

  /** Whether the claim form for a claim is open here (the background asks before it serves the form). */
  showsForm(id: string): boolean {
    return this.marker?.claim?.id === id && this.marker.state.step === 'form';
  }

  /**
   * The keys typed at the claim form's frame before it loaded, once the frame has loaded (from
   * then on, keys go to the form itself); given once, to the form that asks (through the
   * background, which checks it is the form for this claim in this frame).
   */
  typedAhead(id: string): Promise<string> {
    const ahead = this.marker?.claim?.id === id ? this.marker.ahead : undefined;
    return ahead?.take() ?? Promise.resolve('');
  }

  /** The claim form for a claim was closed (from inside its frame). */
  formClosed(id: string) {
    if (this.marker?.claim?.id === id) void this.close();
  }

  /**
   * Closes the button or form, whichever is open. With focus inside it (the form takes focus as
   * it opens), focus goes back to what had it when marking began (return-focus.ts).
   */
  async close() {
    this.stopFocusGuard?.();
    const marker = this.marker;
    this.marker = undefined;
    marker?.ahead?.drop();
    const ui = await this.deps.ui();
    if (!ui) return;
    const hadFocus = ui.marker.isOpen() && ui.marker.element.contains(ui.shadow.activeElement);
    ui.marker.hide();
    if (marker && hadFocus) restoreFocus(marker.returnTo, marker.range);
  }

  private begin(range: Range): MarkerOpen {
    const returnTo = this.marker?.returnTo ?? pageFocus(this.deps.isOwnUi);
    return { range, quote: range.toString().trim(), state: { step: 'offer' }, returnTo };
  }

  /** Shows "Mark claim" next to the current selection, if it is worth marking. */
  private async offer() {
    if (!this.offersOnSelection) return;
    const ui = await this.deps.ui();
    if (!ui) return;
    if (this.marker && this.marker.state.step !== 'offer') return; // a form is open: leave it be
    const range = markableRange(ui);
    if (!range) {
      if (this.marker?.state.step === 'offer') await this.close();
      return;
    }
    this.marker = this.begin(range);
    this.deps.onOffer?.();
    void this.render();
  }

  private async render() {
    const marker = this.marker;
    if (!marker) return;
    const ui = await this.deps.ui();
    if (!ui) return;
    this.shownIn = ui;
    const anchor: PanelAnchor = {
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
          if (why) this.setState({ step: 'error', message: `Not saved: ${why}.` });
          else void this.save();
        }}
        onClose={() => void this.close()}
        onFormLoad={(frame) => {
          // From the frame's load on, the page may not take the keyboard from it (form-focus.ts).
          this.stopFocusGuard?.();
          const guard =
            this.marker === marker && marker.state.step === 'form' && marker.key
              ? guardFormFocus(ui, frame, marker.key, () => {
                  // The frame goes with the form; what was typed is saved as typed (the draft port).
                  if (marker === this.marker) this.setState({ step: 'error', message: FORM_TAKEN_MESSAGE });
                })
              : undefined;
          this.stopFocusGuard = guard?.stop;
          // A key that reaches the page after the form had what was held goes on over its port.
          marker.ahead?.frameLoaded(guard?.send);
        }}
      />,
      false,
      marker.state.step === 'form' ? FORM_ROOMY : undefined,
    );
  }

  private setState(state: MarkerState) {
    if (!this.marker) return;
    if (state.step !== 'form') this.stopFocusGuard?.();
    this.marker.state = state;
    void this.render();
  }

  private async save() {
    const marker = this.marker;
    if (!marker) return;
    this.setState({ step: 'saving' });
    const { isOwnUi, placements, entitiesIn, pageRead } = this.deps;
    const outcome = await saveSelection(marker.range, marker.quote, {
      isOwnUi,
      placements,
      entitiesIn,
      pageRead,
      pageUrl: this.deps.pageUrl(),
      kbVersion: this.deps.kbVersion(),
      frameId: ownFrameId,
    });
    if (outcome.kind === 'refused') return this.setState({ step: 'error', message: outcome.message });
    marker.claim = outcome.claim;
    marker.ahead = new HeldKeys();
    marker.key = crypto.getRandomValues(new Uint32Array(4)).join('-');
    this.setState({ step: 'form', url: formUrl(outcome, marker.key) });
    document.getSelection()?.removeAllRanges();
  }
}
