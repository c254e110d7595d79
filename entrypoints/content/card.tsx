/**
 * The entity card on a page (the popover): opening it for a mention, navigating within it, and
 * closing it — with Esc from anywhere inside it, focus going back to where it came from, and the
 * card's one-click actions (wrong link, pause) saying what they did with a way to undo.
 */
import { Popover } from '@/components/Popover';
import type { CardClaim } from '@/lib/kb/card';
import type { Mention } from '@/lib/dom/mention';
import { mark } from '@/lib/dom/timing';
import type { MatchEntity } from '@/lib/match/from-kb';
import { askBackground } from '@/lib/messaging/client';
import type { Result } from '@/lib/result';
import { pauseSite, unlinkAlias } from './card-actions';
import { CardData } from './card-data';
import { CompareLine, mentionAnchor, wireCardPanel } from './card-view';
import type { PageUi } from './page-ui';
import { watchOverflow } from './overflow-cue';
import { openCard, type Open } from './card-open';
import { returnFocus } from './return-focus';
import type { ToastRequest } from './toasts';

const HEADING = 'backstory-popover-heading';

export interface CardDeps {
  /** Backstory's UI on the page; none when the page's interference made Backstory give it up. */
  ui: () => Promise<PageUi | undefined>;
  site: string;
  /** Whether the reader's claims stay highlighted when Backstory is paused here. */
  keepsClaimsWhenPaused: () => boolean;
  notify: (toast: ToastRequest) => void;
  signal: AbortSignal;
}

export class CardController {
  private open: Open | undefined;
  /** Cards and claim counts, kept once fetched (prefetched when the pointer rests on a mention). */
  readonly data = new CardData();
  private pageUi: PageUi | undefined;
  private readonly closedListeners = new Set<() => void>();

  constructor(private readonly deps: CardDeps) {}

  /** Calls `listener` whenever the card closes, however it closes, until `signal` aborts. */
  onClosed(listener: () => void, signal: AbortSignal) {
    this.closedListeners.add(listener);
    signal.addEventListener('abort', () => this.closedListeners.delete(listener));
  }

  /** Whether a card has been opened on this page yet (its code has run). */
  hasOpened = false;

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** True while the card must not close on its own: pinned, opened by keyboard, or holding focus. */
  get isHeld(): boolean {
    return !!this.open && (this.open.pinned || this.open.byKeyboard || this.hasFocus());
  }

  /** Opens the card for a mention (`entities`: those of the matcher that found it), with focus if asked. */
  async show(mention: Mention, entities: readonly MatchEntity[], focus: boolean) {
    this.open = openCard(mention, entities, focus, this.open);
    this.hasOpened = true;
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
    for (const listener of this.closedListeners) listener();
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

  private wire(ui: PageUi) {
    if (this.pageUi) return;
    this.pageUi = ui;
    const el = ui.popover.element;
    el.setAttribute('aria-labelledby', HEADING);
    watchOverflow(el, '.bs-popover-body', this.deps.signal);
    // A card hidden with focus in it would drop focus on <body>: focus goes back where it came
    // from first, and the card comes back when its name does (it stays open, out of sight).
    ui.popover.onAnchorHidden = () => {
      if (this.open && this.hasFocus()) returnFocus(this.open);
    };
    wireCardPanel(ui, { open: () => this.open, close: () => this.close() });
  }

  private async render(focus = false) {
    const open = this.open;
    if (!open) return;
    const id = open.history[open.history.length - 1]!;
    const ui = await this.deps.ui();
    if (!ui) return;
    this.wire(ui);
    const result = await this.data.cardFor(id);
    if (this.open !== open) return;
    // The count is drawn when it comes, never waited for: a card that opened later the more
    // claims the reader keeps about its entity would tell the page, which times the opening.
    const marked = this.data.countNow(id);
    if (marked === undefined)
      void this.data.markedAbout(id).then(() => {
        if (this.open === open && open.history[open.history.length - 1] === id) void this.render();
      });
    const card = typeof result === 'string' ? undefined : result;
    const status =
      open.notice ?? (typeof result === 'string' ? `Could not load this entry: ${result}` : undefined);
    const mentioned = open.entities[open.mention.entity]!;
    const label = card?.entity.label ?? id;
    // The frame that paints the popover starts with this callback (the benchmark's hover figure).
    requestAnimationFrame(() => mark('popover-shown'));
    ui.popover.show(
      mentionAnchor(open.mention),
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
        marked={
          <CompareLine
            label={label}
            marked={marked}
            onClick={(event) => {
              if (!this.refused(ui, event)) this.opening(open, askBackground('openCompare', { entity: id }));
            }}
          />
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
          this.opening(
            open,
            askBackground('openReader', { source: claim.source, start: claim.start, end: claim.end }),
          );
        }}
        onOpenSidePanel={(event: MouseEvent) => {
          if (!this.refused(ui, event)) this.opening(open, askBackground('openSidePanel', { entity: id }));
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
    this.close();
    unlinkAlias(open.mention.text, entity, this.action(event, open));
  }

  /** "Pause on this site", with Undo; the reader's own claims stay highlighted unless they chose otherwise. */
  private pause(ui: PageUi, event: MouseEvent, open: Open) {
    if (this.refused(ui, event)) return;
    const keeps = this.deps.keepsClaimsWhenPaused();
    this.close();
    pauseSite(keeps, this.action(event, open));
  }

  private action(event: MouseEvent, open: Open) {
    const { site, notify } = this.deps;
    return { site, notify, byKeyboard: event.detail === 0, returnFocus: () => returnFocus(open) };
  }

  /**
   * Says in the card's status line when the background did not open what a click asked for (a
   * tab opens only a few a time: open-turns.ts), rather than nothing happening.
   */
  private opening(open: Open, asked: Promise<Result<unknown>>) {
    void asked.then((result) => {
      if (result.ok || this.open !== open) return;
      const why = result.error.message.replace(/[.!?]?$/, '.');
      open.notice = `Not opened: ${why}`;
      void this.render();
    });
  }

  /** Refuses a click the page could have steered (page-ui.ts `refusal`), saying why. */
  private refused(ui: PageUi, event: MouseEvent): boolean {
    const why = ui.refusal(event, ui.popover);
    if (!why || !this.open) return why !== undefined;
    this.open.notice = `Not done: ${why}.`;
    void this.render();
    return true;
  }
}
