/**
 * The claims layer of Backstory on a page: the highlighter and the reader's claims
 * (claims.ts). It stays while Backstory is paused on the site, unless the reader's settings say
 * otherwise; then it follows page edits through a watcher of its own, as no scanner reports them.
 */
import { Highlighter } from '@/lib/dom/highlighter';
import { watchMutations } from '@/lib/dom/mutation-batch';
import type { Settings } from '@/lib/settings/schema';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimsController, type ClaimsDeps } from './claims';

/** How often the highlights are checked against a page that may clear or rewrite them. */
const VERIFY_MS = 1000;

export class ClaimsLayer {
  readonly highlighter: Highlighter;
  readonly claims: ClaimsController;
  private readonly controller = new AbortController();
  /** While no scanner reports page changes (Backstory paused here), the claims watch for them. */
  private watching: (() => void) | undefined;

  constructor(ctx: ContentScriptContext, settings: Settings, deps: Omit<ClaimsDeps, 'highlighter'>) {
    ctx.onInvalidated(() => this.controller.abort());
    this.highlighter = new Highlighter(document, settings.highlightStyle, settings.highlightScope);
    this.claims = new ClaimsController(
      ctx,
      { ...deps, highlighter: this.highlighter },
      this.controller.signal,
    );
    // A page may clear CSS.highlights, add ranges to ours or rewrite our style sheet at any
    // time: undo it (lib/dom/highlighter.ts).
    const watch = ctx.setInterval(() => this.highlighter.verify(), VERIFY_MS);
    this.controller.signal.addEventListener('abort', () => clearInterval(watch));
  }

  /** Applies the reader's settings; `offers`: whether selecting text offers "Mark claim". */
  applySettings(settings: Settings, offers: boolean) {
    this.highlighter.setStyle(settings.highlightStyle, settings.highlightScope);
    this.claims.marking.offersOnSelection = offers;
  }

  /** Starts following page edits itself (while no scanner runs). */
  watchPage(isOwnUi: (el: Element) => boolean) {
    this.watching ??= watchMutations(document, () => this.claims.pageChanged(), isOwnUi);
  }

  /** A scanner reports page edits from now on. */
  stopWatching() {
    this.watching?.();
    this.watching = undefined;
  }

  stop() {
    this.stopWatching();
    this.controller.abort();
    this.claims.dispose();
    this.highlighter.dispose();
  }
}
