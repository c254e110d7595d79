/**
 * Backstory on one page (one frame), in two layers. Mentions: loads the matcher, scans and
 * highlights, and answers hovers and keyboard steps with the card. Claims: finds the reader's
 * saved claims again, highlights them and keeps them in place as the page changes. Pausing a site
 * stops the first layer and keeps the second, unless the reader's settings say otherwise.
 * Everything each layer starts is tied to the content script's context, so an extension update
 * leaves nothing behind.
 */
import { foldAlias } from '@/lib/kb/alias-key';
import { PageContext } from '@/lib/match/context';
import type { CompiledDictionary } from '@/lib/match/dictionary';
import type { MatchEntity } from '@/lib/match/from-kb';
import { computedDisplay, createClassifier } from '@/lib/dom/classify';
import { createRecogniser } from '@/lib/match/phrases';
import { liveRange, mentionAt } from '@/lib/dom/hit-test';
import { Highlighter } from '@/lib/dom/highlighter';
import { HoverTracker } from '@/lib/dom/hover';
import { watchMutations } from '@/lib/dom/mutation-batch';
import { PageMentions, type Mention, type MentionFilter } from '@/lib/dom/page-mentions';
import { PageScanner } from '@/lib/dom/scanner';
import { askBackground } from '@/lib/messaging/client';
import type { PageClaims, PageEntity } from '@/lib/messaging/protocol';
import { canonicalUrl } from '@/lib/claims/page-meta';
import type { Settings } from '@/lib/settings/schema';
import { runsOn } from '@/lib/settings/sites';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from './card';
import { ClaimsController } from './claims';
import { createPageUi, type PageUi } from './page-ui';
import type { UiBlockedReason } from '@/lib/dom/ui-host';
import { currentMatcher, loadMatcher } from './matcher';
import { reportPage, revealPassage } from './passages';
import { Toasts } from './toasts';

interface MentionLayer {
  version: string;
  dict: CompiledDictionary;
  entities: MatchEntity[];
  mentions: PageMentions;
  scanner: PageScanner;
  hover: HoverTracker;
  controller: AbortController;
  shadowRoots: ShadowRoot[];
}

interface ClaimsLayer {
  highlighter: Highlighter;
  claims: ClaimsController;
  controller: AbortController;
  /** While no scanner reports page changes (Backstory paused here), the claims watch for them. */
  watching?: () => void;
}

export class PageSession {
  private mentionLayer: MentionLayer | undefined;
  private claimsLayer: ClaimsLayer | undefined;
  private settings: Settings | undefined;
  private kbVersion = '';
  private pageUi: Promise<PageUi | undefined> | undefined;
  /** Why Backstory shows no UI on this page, if the page's interference made it give up. */
  uiBlocked: UiBlockedReason | undefined;
  private stepIndex = -1;
  private revealIndex = new Map<number, number>();
  private readonly site = location.hostname.toLowerCase();
  private readonly toasts: Toasts;
  private readonly card: CardController;

  constructor(private readonly ctx: ContentScriptContext) {
    this.toasts = new Toasts(this.ui, ctx.signal);
    this.card = new CardController({
      ui: this.ui,
      site: this.site,
      entityOf: (mention) => this.mentionLayer!.entities[mention.entity]!,
      keepsClaimsWhenPaused: () => this.settings?.keepClaimsWhenPaused ?? true,
      notify: (toast) => void this.toasts.show(toast),
      onClosed: () => this.mentionLayer?.hover.reset(),
      signal: ctx.signal,
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.card.isOpen) this.card.close();
    });
    // Selection wins over hover: starting to select text on the page closes the card.
    ctx.addEventListener(document, 'selectstart', (event) => {
      if (this.card.isOpen && !(this.uiHost && event.composedPath().includes(this.uiHost)))
        this.card.close(false);
    });
    ctx.addEventListener(
      window,
      'wxt:locationchange',
      () => void this.mentionLayer?.scanner.rescan().then(() => this.report()),
    );
    ctx.onInvalidated(() => this.stop());
  }

  /** The first `refresh`: until it is over, the session may not have started yet. */
  private firstRefresh: Promise<void> | undefined;

  /** Loads settings and starts, pauses or stops — again whenever they change. */
  refresh(): Promise<void> {
    const next = this.refreshNow();
    this.firstRefresh ??= next;
    return next;
  }

  private async refreshNow(): Promise<void> {
    const settings = await askBackground('getSettings', {});
    if (!settings.ok || this.ctx.isInvalid) return;
    this.settings = settings.value;
    const current = await currentMatcher();
    if (!current.ok || this.ctx.isInvalid) return;
    this.kbVersion = current.value.version;
    if (!runsOn(settings.value, this.site)) {
      this.stopMentions();
      if (settings.value.keepClaimsWhenPaused) this.startClaims(settings.value);
      else this.stop();
      return;
    }
    const layer = this.mentionLayer;
    if (layer && layer.version === current.value.version) {
      this.applySettings(layer, settings.value);
      return;
    }
    const matcher = await loadMatcher(current.value);
    if (!matcher.ok || this.ctx.isInvalid) return;
    this.stopMentions();
    this.card.forgetCards();
    const claims = this.startClaims(settings.value);
    this.startMentions(matcher.value, settings.value, claims);
  }

  /** Backstory's UI on the page, created the first time it is needed; none if it cannot be. */
  private ui = (): Promise<PageUi | undefined> => {
    this.pageUi ??= Promise.resolve().then(() => {
      try {
        const ui = createPageUi(this.ctx, (reason) => this.blockUi(reason));
        this.uiHost = ui.host;
        return ui;
      } catch {
        this.blockUi('unsupported');
        return undefined;
      }
    });
    return this.pageUi;
  };

  /** Fails safe and visibly: no in-page UI, and the reader is told where to look instead. */
  private blockUi(reason: UiBlockedReason) {
    this.uiBlocked = reason;
    this.card.close(false);
    void askBackground('reportUiBlocked', { reason });
  }

  /** Backstory's UI host element, once it exists. */
  private uiHost: Element | undefined;

  /** Whether an element is Backstory's own UI host: by identity, so a look-alike is just page content. */
  private isOwnUi = (el: Element): boolean => el === this.uiHost;

  get isRunning(): boolean {
    return this.mentionLayer !== undefined;
  }

  private startClaims(settings: Settings): ClaimsLayer {
    const existing = this.claimsLayer;
    if (existing) {
      existing.highlighter.setStyle(settings.highlightStyle, settings.highlightScope);
      existing.claims.offersOnSelection = runsOn(settings, this.site);
      if (!this.mentionLayer) this.watchForClaims(existing);
      return existing;
    }
    const controller = new AbortController();
    this.ctx.onInvalidated(() => controller.abort());
    const highlighter = new Highlighter(document, settings.highlightStyle, settings.highlightScope);
    const claims = new ClaimsController(
      this.ctx,
      {
        ui: this.ui,
        isOwnUi: this.isOwnUi,
        highlighter,
        entitiesIn: (range) => this.entitiesIn(range),
        kbVersion: () => this.kbVersion,
        onOffer: () => this.card.close(false),
      },
      controller.signal,
    );
    claims.offersOnSelection = runsOn(settings, this.site);
    const layer: ClaimsLayer = { highlighter, claims, controller };
    this.claimsLayer = layer;
    // A page may clear CSS.highlights, add ranges to ours or rewrite our style sheet at any
    // time: undo it (lib/dom/highlighter.ts).
    const watch = setInterval(() => highlighter.verify(), 1000);
    controller.signal.addEventListener('abort', () => clearInterval(watch));
    if (!this.mentionLayer) {
      this.watchForClaims(layer);
      void claims.load();
    }
    return layer;
  }

  /** While paused, the claims follow page edits through a watcher of their own. */
  private watchForClaims(layer: ClaimsLayer) {
    layer.watching ??= watchMutations(document, () => layer.claims.pageChanged(), this.isOwnUi);
  }

  private startMentions(
    matcher: { version: string; dictionary: CompiledDictionary; entities: MatchEntity[] },
    settings: Settings,
    claimsLayer: ClaimsLayer,
  ) {
    const { version, dictionary: dict, entities } = matcher;
    const { highlighter, claims } = claimsLayer;
    claimsLayer.watching?.();
    claimsLayer.watching = undefined;
    const controller = new AbortController();
    this.ctx.onInvalidated(() => controller.abort());
    const mentions = new PageMentions(
      entities,
      new PageContext(
        dict,
        entities.map((e) => e.support),
      ),
      highlighter,
      this.filter(entities, settings),
      document,
    );
    const shadowRoots: ShadowRoot[] = [];
    const scanner = new PageScanner({
      doc: document,
      dict,
      recogniser: createRecogniser(dict, entities),
      // Blocks by layout: a comment's author line in `<b style="display:block">` is a line of its own.
      classifier: createClassifier(this.isOwnUi, computedDisplay(window)),
      mentions,
      isOwnUi: this.isOwnUi,
      onUpdate: () => highlighter.register(),
      onShadowRoot: (root) => {
        shadowRoots.push(root);
        highlighter.adopt(root);
      },
      onMutations: () => claims.pageChanged(),
    });
    const hover = new HoverTracker(
      {
        delayMs: settings.hoverDelayMs,
        modifier: settings.modifierKey,
        hitTest: (x, y) => mentionAt(document, mentions, x, y, shadowRoots),
        isOwnUi: (event) => this.uiHost !== undefined && event.composedPath().includes(this.uiHost),
        // Selection wins: no card while the reader is being offered to mark what they selected.
        blocked: () => claims.isOffering,
        onHoverStart: (mention) => this.card.prefetch(entities[mention.entity]!.id),
        onIntent: (mention) => void this.card.show(mention, false),
        onLeave: () => {
          if (this.card.isOpen && !this.card.isHeld) this.card.close();
        },
        // Kept on the popover, inside the closed root, for tests to wait on; never creates the UI.
        onState: (state) =>
          void this.pageUi?.then((ui) => {
            if (ui) ui.popover.element.dataset['pointer'] = state;
          }),
      },
      controller.signal,
      document,
    );
    this.mentionLayer = { version, dict, entities, mentions, scanner, hover, controller, shadowRoots };
    void scanner
      .start()
      .then(
        () => claims.load(),
        () => claims.load(),
      )
      .then(() => this.report());
  }

  private applySettings(layer: MentionLayer, settings: Settings) {
    this.claimsLayer?.highlighter.setStyle(settings.highlightStyle, settings.highlightScope);
    if (this.claimsLayer) this.claimsLayer.claims.offersOnSelection = true;
    layer.mentions.refilter(this.filter(layer.entities, settings));
    layer.hover.update({ delayMs: settings.hoverDelayMs, modifier: settings.modifierKey });
  }

  private filter(entities: MatchEntity[], settings: Settings): MentionFilter {
    const kinds = new Set(settings.kindsShown);
    const suppressed = new Set(
      settings.suppressed.filter((s) => s.site === this.site).map((s) => `${s.entity}\u0000${s.alias}`),
    );
    // Folding the alias text costs more than the rest of deciding a mention: only when needed.
    return {
      // "None" draws nothing either way: register as few ranges as "first" would.
      firstOnly: settings.highlightScope !== 'all',
      shows: (entity, aliasText) =>
        kinds.has(entity.kind) &&
        (suppressed.size === 0 || !suppressed.has(`${entity.id}\u0000${foldAlias(aliasText())}`)),
    };
  }

  /** Stops finding and explaining mentions (pausing); the reader's claims stay. */
  private stopMentions() {
    this.card.close(false);
    const layer = this.mentionLayer;
    if (!layer) return;
    layer.controller.abort();
    layer.scanner.stop();
    layer.mentions.dispose();
    this.mentionLayer = undefined;
  }

  stop() {
    this.stopMentions();
    const layer = this.claimsLayer;
    if (!layer) return;
    layer.watching?.();
    layer.controller.abort();
    layer.claims.dispose();
    layer.highlighter.dispose();
    this.claimsLayer = undefined;
  }

  /** The claim form for a claim closed from inside its frame. */
  claimFormClosed(id: string) {
    this.claimsLayer?.claims.formClosed(id);
  }

  /** The claim form inside its frame measured how tall it wants to be. */
  claimFormHeight(id: string, height: number) {
    this.claimsLayer?.claims.formHeight(id, height);
  }

  /** Saved claims changed somewhere: counts and this page's highlights must be fetched again. */
  claimsChanged(): Promise<void> {
    this.card.forgetCounts();
    return this.claimsLayer?.claims.load().then(() => void this.report()) ?? Promise.resolve();
  }

  /**
   * Sends the page's text to the background for "Seen elsewhere" (the top frame only, and only
   * while Backstory runs here). The same on every page, whatever the reader saved.
   */
  async report(): Promise<boolean> {
    await this.firstRefresh;
    return this.mentionLayer ? reportPage(this.isOwnUi) : false;
  }

  /** Shows a passage the reader asked to see from "Seen elsewhere". */
  async revealPassage(passage: Parameters<typeof revealPassage>[0]): Promise<boolean> {
    await this.firstRefresh;
    const layer = this.claimsLayer;
    return this.mentionLayer && layer ? revealPassage(passage, this.isOwnUi, layer.highlighter) : false;
  }

  /** Entities whose linked mentions overlap a range of the page. */
  private entitiesIn(range: Range): string[] {
    const layer = this.mentionLayer;
    if (!layer) return [];
    const ids = new Set<string>();
    for (const mention of layer.mentions.linked()) {
      const m = liveRange(document, mention);
      const overlaps =
        range.compareBoundaryPoints(Range.START_TO_END, m) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, m) < 0;
      if (overlaps) ids.add(layer.entities[mention.entity]!.id);
    }
    return [...ids];
  }

  // ---- requests from the side panel, popup and keyboard commands ----------------------------

  /** Saved claims on this page and where each was found; empty while Backstory is off here. */
  pageClaims(): Promise<PageClaims> {
    return (
      this.claimsLayer?.claims.pageClaims() ??
      Promise.resolve({ url: canonicalUrl(document, location.href), seenUrl: location.href, placements: [] })
    );
  }

  /** See ClaimsController.formClickRefusal. */
  formClickRefusal(id: string, x: number, y: number): Promise<string | null> {
    return this.claimsLayer?.claims.formClickRefusal(id, x, y) ?? Promise.resolve('Backstory is paused here');
  }

  markSelection(): Promise<boolean> {
    return this.claimsLayer?.claims.markSelection() ?? Promise.resolve(false);
  }

  /** Reveals a saved claim once the page's claims are placed (asked as soon as a tab loads). */
  async revealClaim(id: string): Promise<boolean> {
    await this.firstRefresh;
    return this.claimsLayer?.claims.reveal(id) ?? false;
  }

  pageEntities(): PageEntity[] {
    const layer = this.mentionLayer;
    if (!layer) return [];
    return [...layer.mentions.counts()]
      .map(([index, count]) => ({ ...layer.entities[index]!, count }))
      .toSorted((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  private scrollToMention(mention: Mention) {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const flash = this.claimsLayer?.highlighter.flash;
    if (!flash) return;
    flash.clear();
    flash.add(mention.range);
    setTimeout(() => flash.delete(mention.range), 1600);
  }

  /** Scrolls to and flashes the next mention of an entity. */
  reveal(entityId: string): boolean {
    const layer = this.mentionLayer;
    if (!layer) return false;
    const index = layer.entities.findIndex((e) => e.id === entityId);
    const all = layer.mentions.linked().filter((m) => m.entity === index);
    if (all.length === 0) return false;
    const next = ((this.revealIndex.get(index) ?? -1) + 1) % all.length;
    this.revealIndex.set(index, next);
    this.scrollToMention(all[next]!);
    return true;
  }

  /** The keyboard path: moves to the next or previous mention and opens its card with focus. */
  step(direction: 1 | -1): boolean {
    const layer = this.mentionLayer;
    if (!layer) return false;
    const all = layer.mentions.linked();
    if (all.length === 0) return false;
    this.stepIndex = (this.stepIndex + direction + all.length) % all.length;
    const mention = all[this.stepIndex]!;
    this.claimsLayer?.claims.dismissOffer();
    this.scrollToMention(mention);
    void this.card.show(mention, true);
    return true;
  }
}
