/**
 * The entity card on a page (the popover): opening it for a mention, navigating within it, and
 * closing it — with Esc from anywhere inside it, focus going back to where it came from, and the
 * card's one-click actions (wrong link, pause) saying what they did with a way to undo.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { Popover } from '@/components/Popover';
import type { CardClaim, EntityCard } from '@/lib/kb/card';
import { liveRange } from '@/lib/dom/hit-test';
import type { Mention } from '@/lib/dom/page-mentions';
import { mark } from '@/lib/dom/timing';
import type { MatchEntity } from '@/lib/match/from-kb';
import { askBackground } from '@/lib/messaging/client';
import type { PageUi } from './page-ui';
import { watchOverflow } from './overflow-cue';
import type { ToastRequest } from './toasts';

const HEADING = 'backstory-popover-heading';

interface Open {
  mention: Mention;
  /** The linked event the mention sits inside, if any (its card is a chip away). */
  partOf?: MatchEntity;
  history: string[];
  pinned: boolean;
  /** Opened from the keyboard: stays until Esc or close, whatever the pointer does. */
  byKeyboard: boolean;
  /** What had focus before focus first entered the card, to go back to on close. */
  returnTo?: Element | null;
  /** Why an action was refused, shown until the popover closes. */
  notice?: string;
}

export interface CardDeps {
  /** Backstory's UI on the page; none when the page's interference made Backstory give it up. */
  ui: () => Promise<PageUi | undefined>;
  site: string;
  /** The entity a mention links to. */
  entityOf: (mention: Mention) => MatchEntity;
  /** Whether the reader's claims stay highlighted when Backstory is paused here. */
  keepsClaimsWhenPaused: () => boolean;
  notify: (toast: ToastRequest) => void;
  /** Called whenever the card closes, however it closes. */
  onClosed: () => void;
  signal: AbortSignal;
}

const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';

export class CardController {
  private open: Open | undefined;
  private cards = new Map<string, Promise<EntityCard | string>>();
  private marked = new Map<string, Promise<number>>();
  private pageUi: PageUi | undefined;

  constructor(private readonly deps: CardDeps) {}

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** True while the card must not close on its own: pinned, opened by keyboard, or holding focus. */
  get isHeld(): boolean {
    return !!this.open && (this.open.pinned || this.open.byKeyboard || this.hasFocus());
  }

  /** Fetches a card ahead of need (when the pointer starts resting on a mention). */
  prefetch(id: string) {
    void this.cardFor(id);
  }

  /** Cards must be fetched again (the knowledge base changed). */
  forgetCards() {
    this.cards.clear();
  }

  /** Claim counts must be fetched again (the reader's claims changed). */
  forgetCounts() {
    this.marked.clear();
  }

  async show(mention: Mention, focus: boolean) {
    const entity = this.deps.entityOf(mention);
    const before = this.open;
    let around = mention.parent;
    while (around && around.entity < 0) around = around.parent;
    const outer = around ? this.deps.entityOf(around) : undefined;
    this.open = {
      mention,
      partOf: outer?.kind === 'event' ? outer : undefined,
      history: [entity.id],
      pinned: before?.pinned ?? false,
      byKeyboard: focus,
      // Focus may already be in the card (stepping on from one mention to the next).
      returnTo: before?.returnTo,
    };
    await this.render(focus);
  }

  /**
   * Closes the card. When focus was inside it, focus goes back where it came from: the element
   * that had it before, or — for a card opened by stepping through mentions — the mention itself
   * (the caret is put there, so Tab carries on from the mention).
   */
  close(restoreFocus = true) {
    const open = this.open;
    this.open = undefined;
    this.deps.onClosed();
    const ui = this.pageUi;
    if (!ui) return;
    const hadFocus = this.hasFocus();
    ui.popover.hide();
    if (open && hadFocus && restoreFocus) returnFocus(open);
  }

  private hasFocus(): boolean {
    const ui = this.pageUi;
    return !!ui && ui.popover.isOpen() && ui.popover.element.contains(ui.shadow.activeElement);
  }

  private cardFor(id: string): Promise<EntityCard | string> {
    let card = this.cards.get(id);
    if (!card) {
      card = askBackground('getEntityCard', { id }).then((r) => (r.ok ? r.value : r.error.message));
      this.cards.set(id, card);
    }
    return card;
  }

  /** How many claims the reader saved about an entity, for the popover's compare line. */
  private markedAbout(id: string): Promise<number> {
    let count = this.marked.get(id);
    if (!count) {
      count = askBackground('countClaimsAbout', { entity: id }).then((r) => (r.ok ? r.value : 0));
      this.marked.set(id, count);
    }
    return count;
  }

  private wire(ui: PageUi) {
    if (this.pageUi) return;
    this.pageUi = ui;
    const el = ui.popover.element;
    el.setAttribute('aria-labelledby', HEADING);
    watchOverflow(el, '.bs-popover-body', this.deps.signal);
    // Keys pressed inside the shadow root never reach the document (WXT isolates them), so Esc
    // is heard here, from anywhere in the card.
    el.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.open) return;
      event.stopPropagation();
      this.close();
    });
    el.addEventListener('focusin', (event) => {
      const open = this.open;
      if (!open || open.returnTo !== undefined) return;
      const from = event.relatedTarget as Element | null;
      open.returnTo = from && !ui.shadow.contains(from) && from !== ui.host ? from : null;
    });
  }

  private anchorFor(mention: Mention): VirtualElement {
    return {
      getBoundingClientRect: () => liveRange(document, mention).getBoundingClientRect(),
      getClientRects: () => liveRange(document, mention).getClientRects(),
      contextElement: mention.range.startContainer.parentElement ?? undefined,
    };
  }

  private async render(focus = false) {
    const open = this.open;
    if (!open) return;
    const id = open.history[open.history.length - 1]!;
    const ui = await this.deps.ui();
    if (!ui) return;
    this.wire(ui);
    const [result, marked] = await Promise.all([this.cardFor(id), this.markedAbout(id)]);
    if (this.open !== open) return;
    const card = typeof result === 'string' ? undefined : result;
    const status =
      open.notice ?? (typeof result === 'string' ? `Could not load this entry: ${result}` : undefined);
    const mentioned = this.deps.entityOf(open.mention);
    const label = card?.entity.label ?? id;
    // The frame that paints the popover starts with this callback (the benchmark's hover figure).
    requestAnimationFrame(() => mark('popover-shown'));
    ui.popover.show(
      this.anchorFor(open.mention),
      <Popover
        headingId={HEADING}
        card={card}
        status={status}
        pinned={open.pinned}
        canGoBack={open.history.length > 1}
        partOf={
          open.partOf && open.history.length === 1
            ? { id: open.partOf.id, label: open.partOf.label }
            : undefined
        }
        // How many claims the reader keeps about the entity must not reach the page, which can
        // measure the card's box (the host answers `elementFromPoint` there), search its text
        // (`window.find`) and read what the reader selects in it. So the line is always there,
        // on one line, with the same text; the count is generated content (popover.css), which
        // is neither searched nor selected, but is read out by screen readers.
        marked={
          <button
            type="button"
            class="bs-action"
            data-count={marked > 0 ? `${marked} marked` : 'none marked yet'}
            onClick={(event) => {
              if (!this.refused(ui, event)) void askBackground('openCompare', { entity: id });
            }}
          >
            Compare your claims about {label}
          </button>
        }
        onBack={() => {
          open.history.pop();
          void this.render();
        }}
        onNavigate={(next) => {
          open.history.push(next);
          void this.render();
        }}
        onPin={() => {
          open.pinned = !open.pinned;
          void this.render();
        }}
        onClose={() => this.close()}
        onOpenSource={(claim: CardClaim, event: MouseEvent) => {
          if (this.refused(ui, event)) return;
          void askBackground('openReader', { source: claim.source, start: claim.start, end: claim.end });
        }}
        onOpenSidePanel={(event: MouseEvent) => {
          if (!this.refused(ui, event)) void askBackground('openSidePanel', { entity: id });
        }}
        onWrongEntity={
          id === mentioned.id ? (event) => this.wrongEntity(ui, event, open, mentioned) : undefined
        }
        onPauseSite={(event) => this.pause(ui, event, open)}
      />,
      focus,
    );
  }

  /** "Wrong link": this name stops linking to this entity on this site, with Undo. */
  private wrongEntity(ui: PageUi, event: MouseEvent, open: Open, entity: MatchEntity) {
    if (this.refused(ui, event)) return;
    const { mention } = open;
    const alias = mention.text;
    const site = this.deps.site;
    this.close();
    void askBackground('suppressAlias', { site, alias, entity: entity.id }).then((result) =>
      this.deps.notify(
        result.ok
          ? {
              text: `“${alias}” no longer links to ${entity.label} on ${site}.`,
              undo: async () => {
                const undone = await askBackground('restoreAlias', { site, alias, entity: entity.id });
                return undone.ok
                  ? { ok: true, text: `“${alias}” links to ${entity.label} again.` }
                  : { ok: false, text: `Not undone: ${undone.error.message}` };
              },
              focus: event.detail === 0,
              returnFocus: () => returnFocus(open),
            }
          : { text: `Not done: ${result.error.message}` },
      ),
    );
  }

  /** "Pause on this site", with Undo; the reader's own claims stay highlighted unless they chose otherwise. */
  private pause(ui: PageUi, event: MouseEvent, open: Open) {
    if (this.refused(ui, event)) return;
    const site = this.deps.site;
    const keeps = this.deps.keepsClaimsWhenPaused();
    this.close();
    void askBackground('setSitePaused', { site, paused: true }).then((result) =>
      this.deps.notify(
        result.ok
          ? {
              text: `Backstory is paused on ${site}.${keeps ? ' Your marked claims stay highlighted.' : ''}`,
              undo: async () => {
                const undone = await askBackground('setSitePaused', { site, paused: false });
                return undone.ok
                  ? { ok: true, text: `Backstory is on again on ${site}.` }
                  : { ok: false, text: `Not undone: ${undone.error.message}` };
              },
              focus: event.detail === 0,
              returnFocus: () => returnFocus(open),
            }
          : { text: `Not paused: ${result.error.message}` },
      ),
    );
  }

  /** Refuses a click the page could have steered (page-ui.tsx `refusal`), saying why. */
  private refused(ui: PageUi, event: MouseEvent): boolean {
    const why = ui.refusal(event, ui.popover);
    if (!why || !this.open) return why !== undefined;
    this.open.notice = `Not done: ${why}.`;
    void this.render();
    return true;
  }
}

/**
 * Puts focus back where a card came from (see `CardController.close`). For a card opened by
 * stepping through mentions, that is the mention: the link or button it sits in, if any. Text
 * cannot take focus without changing the page, so otherwise focus goes back to the element that
 * had it before, and the caret is put at the mention (Firefox carries Tab on from the caret;
 * Chromium only from a focused element).
 */
function returnFocus(open: Open) {
  if (open.byKeyboard && open.mention.block.nodes[0]?.isConnected) {
    const range = liveRange(document, open.mention);
    const holder = range.startContainer.parentElement?.closest<HTMLElement>(focusable);
    if (holder) return holder.focus({ preventScroll: true });
    document.getSelection()?.collapse(range.startContainer, range.startOffset);
  }
  const origin = open.returnTo;
  if ((origin instanceof HTMLElement || origin instanceof SVGElement) && origin.isConnected)
    origin.focus({ preventScroll: true });
}
