/**
 * The popover controller: the entity card (card.tsx) opened by hovering a mention or stepping to
 * it from the keyboard, and closed by Esc, by selecting text (selection wins over hover) or when
 * the page makes Backstory give up its UI.
 */
import type { HoverOptions } from '@/lib/dom/hover';
import type { EntityCard } from '@/lib/kb/card';
import type { MatchEntity } from '@/lib/match/from-kb';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './card';
import { warmCard, whenIdle } from './card-warmup';
import type { OwnUi } from './own-ui';
import type { PageState } from './page-state';
import type { Toasts } from './toasts';

/** What the hover tracker (lib/dom/hover.ts) does with the card. */
export type HoverHandlers = Pick<
  HoverOptions,
  'isOwnUi' | 'onHoverStart' | 'onIntent' | 'onLeave' | 'onState'
>;

export class PopoverController {
  readonly card: CardController;

  constructor(
    ctx: ContentScriptContext,
    private readonly ui: OwnUi,
    state: PageState,
    toasts: Toasts,
  ) {
    this.card = new CardController({
      ui: ui.get,
      site: state.site,
      keepsClaimsWhenPaused: () => state.settings?.keepClaimsWhenPaused ?? true,
      notify: (toast) => void toasts.show(toast),
      signal: ctx.signal,
    });
    // Only the reader's own keys and selections close the card: a page that fires a made-up
    // Escape or selectstart would take the card away from under the reader's eyes, and move
    // the page's caret to the mention (`returnFocus`), whenever it liked (SECURITY.md).
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape' && this.card.isOpen) this.card.close();
    });
    // Selection wins over hover: starting to select text on the page closes the card.
    ctx.addEventListener(document, 'selectstart', (event) => {
      if (event.isTrusted && this.card.isOpen && !ui.contains(event)) this.card.close(false);
    });
    ui.onBlocked(() => this.card.close(false));
  }

  /**
   * After a scan: the card's code run once off the document at the first idle moment
   * (card-warmup.ts), and the cards of these entities fetched in one message (a hover meanwhile
   * does not wait for it), then rendered once more with a real card, for the parts an empty
   * card leaves out. Nothing is warmed once a card has opened (its code ran then).
   */
  prepare(ids: string[], signal: AbortSignal) {
    const card = this.card;
    const warm = (first?: EntityCard) => {
      if (!card.hasOpened) warmCard(first);
    };
    whenIdle(() => warm(), signal);
    void card.data.prefetch(ids).then((first) => {
      if (first) whenIdle(() => warm(first), signal);
    });
  }

  /** The hover tracker's handlers for mentions found by a matcher with these entities. */
  hoverHandlers(entities: readonly MatchEntity[]): HoverHandlers {
    const card = this.card;
    return {
      isOwnUi: (event) => this.ui.contains(event),
      onHoverStart: (mention) => void card.data.cardFor(entities[mention.entity]!.id),
      onIntent: (mention) => void card.show(mention, entities, false),
      onLeave: () => {
        if (card.isOpen && !card.isHeld) card.close();
      },
      // Kept on the popover, inside the closed root, for tests to wait on; never creates the UI.
      onState: (state) =>
        void this.ui.existing?.then((ui) => {
          if (ui) ui.popover.element.dataset['pointer'] = state;
        }),
    };
  }
}
