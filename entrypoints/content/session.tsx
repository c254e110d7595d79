/**
 * Backstory on one page (one frame): loads settings and the matcher from the background,
 * scans and highlights, answers hovers with the popover, and serves the side panel's and
 * popup's requests. Everything it starts is tied to the content script's context, so an
 * extension update leaves nothing behind.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { foldAlias } from '@/lib/kb/alias-key';
import type { CardClaim, EntityCard } from '@/lib/kb/card';
import { PageContext } from '@/lib/match/context';
import type { CompiledDictionary } from '@/lib/match/dictionary';
import type { MatchEntity } from '@/lib/match/from-kb';
import { createClassifier } from '@/lib/dom/classify';
import { liveRange, mentionAt } from '@/lib/dom/hit-test';
import { Highlighter } from '@/lib/dom/highlighter';
import { HoverTracker } from '@/lib/dom/hover';
import { PageMentions, type Mention, type MentionFilter } from '@/lib/dom/page-mentions';
import { PageScanner } from '@/lib/dom/scanner';
import { mark } from '@/lib/dom/timing';
import { askBackground } from '@/lib/messaging/client';
import type { PageClaims, PageEntity } from '@/lib/messaging';
import { canonicalUrl } from '@/lib/claims/page-meta';
import type { Settings } from '@/lib/settings/schema';
import { runsOn } from '@/lib/settings/sites';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover } from '@/components/Popover';
import { ClaimsController } from './claims';
import { createPageUi, type PageUi } from './page-ui';
import type { UiBlockedReason } from '@/lib/dom/ui-host';
import { currentMatcher, loadMatcher } from './matcher';
import { reportPage, revealPassage } from './passages';

interface Running {
  version: string;
  dict: CompiledDictionary;
  entities: MatchEntity[];
  highlighter: Highlighter;
  mentions: PageMentions;
  scanner: PageScanner;
  hover: HoverTracker;
  controller: AbortController;
  shadowRoots: ShadowRoot[];
  claims: ClaimsController;
}

const POPOVER_HEADING = 'backstory-popover-heading';

interface Open {
  mention: Mention;
  history: string[];
  pinned: boolean;
  /** Opened from the keyboard: stays until Esc or close, whatever the pointer does. */
  byKeyboard: boolean;
  card?: EntityCard;
  status?: string;
  /** Why an action was refused, shown until the popover closes. */
  notice?: string;
}

export class PageSession {
  private running: Running | undefined;
  private settings: Settings | undefined;
  private pageUi: Promise<PageUi | undefined> | undefined;
  /** Why Backstory shows no UI on this page, if the page's interference made it give up. */
  uiBlocked: UiBlockedReason | undefined;
  private marked = new Map<string, Promise<number>>();
  private open: Open | undefined;
  private cards = new Map<string, Promise<EntityCard | string>>();
  private stepIndex = -1;
  private revealIndex = new Map<number, number>();
  private readonly site = location.hostname.toLowerCase();

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.open) this.close();
    });
    ctx.addEventListener(
      window,
      'wxt:locationchange',
      () => void this.running?.scanner.rescan().then(() => this.report()),
    );
    ctx.onInvalidated(() => this.stop());
  }

  /** Loads settings and starts (or stops, on a paused site) — again whenever they change. */
  /** The first `refresh`: until it is over, the session may not have started yet. */
  private firstRefresh: Promise<void> | undefined;

  refresh(): Promise<void> {
    const next = this.refreshNow();
    this.firstRefresh ??= next;
    return next;
  }

  private async refreshNow(): Promise<void> {
    const settings = await askBackground('getSettings', {});
    if (!settings.ok || this.ctx.isInvalid) return;
    this.settings = settings.value;
    if (!runsOn(settings.value, this.site)) {
      this.stop();
      return;
    }
    const current = await currentMatcher();
    if (!current.ok || this.ctx.isInvalid) return;
    if (this.running && this.running.version === current.value.version) {
      this.applySettings(this.running, settings.value);
      return;
    }
    const matcher = await loadMatcher(current.value);
    if (!matcher.ok || this.ctx.isInvalid) return;
    this.stop();
    this.cards.clear();
    this.start(matcher.value.version, matcher.value.dictionary, matcher.value.entities, settings.value);
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
    this.close();
    void askBackground('reportUiBlocked', { reason });
  }

  /** Backstory's UI host element, once it exists. */
  private uiHost: Element | undefined;

  /** Whether an element is Backstory's own UI host: by identity, so a look-alike is just page content. */
  private isOwnUi = (el: Element): boolean => el === this.uiHost;

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  private start(version: string, dict: CompiledDictionary, entities: MatchEntity[], settings: Settings) {
    const controller = new AbortController();
    this.ctx.onInvalidated(() => controller.abort());
    const highlighter = new Highlighter(document, settings.highlightStyle);
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
      classifier: createClassifier(this.isOwnUi),
      mentions,
      isOwnUi: this.isOwnUi,
      onUpdate: () => highlighter.register(),
      onShadowRoot: (root) => {
        shadowRoots.push(root);
        highlighter.adopt(root);
      },
    });
    const hover = new HoverTracker(
      {
        delayMs: settings.hoverDelayMs,
        modifier: settings.modifierKey,
        hitTest: (x, y) => mentionAt(document, mentions, x, y, shadowRoots),
        isOwnUi: (event) => this.uiHost !== undefined && event.composedPath().includes(this.uiHost),
        onHoverStart: (mention) => void this.cardFor(entities[mention.entity]!.id),
        onIntent: (mention) => void this.show(mention, false),
        onLeave: () => {
          if (this.open && !this.open.pinned && !this.open.byKeyboard) this.close();
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
    this.running = {
      version,
      dict,
      entities,
      highlighter,
      mentions,
      scanner,
      hover,
      controller,
      shadowRoots,
      claims: undefined as unknown as ClaimsController,
    };
    const claims = new ClaimsController(
      this.ctx,
      {
        ui: this.ui,
        isOwnUi: this.isOwnUi,
        highlighter,
        entitiesIn: (range) => this.entitiesIn(range),
        kbVersion: version,
      },
      controller.signal,
    );
    this.running.claims = claims;
    void scanner
      .start()
      .then(
        () => claims.load(),
        () => claims.load(),
      )
      .then(() => this.report());
    // A page may clear CSS.highlights, add ranges to ours or rewrite our style sheet at any
    // time: undo it (lib/dom/highlighter.ts).
    const watch = setInterval(() => highlighter.verify(), 1000);
    controller.signal.addEventListener('abort', () => clearInterval(watch));
  }

  private applySettings(running: Running, settings: Settings) {
    running.highlighter.setStyle(settings.highlightStyle);
    running.mentions.refilter(this.filter(running.entities, settings));
    running.hover.update({ delayMs: settings.hoverDelayMs, modifier: settings.modifierKey });
  }

  private filter(entities: MatchEntity[], settings: Settings): MentionFilter {
    const kinds = new Set(settings.kindsShown);
    const suppressed = new Set(
      settings.suppressed.filter((s) => s.site === this.site).map((s) => `${s.entity}\u0000${s.alias}`),
    );
    // Folding the alias text costs more than the rest of deciding a mention: only when needed.
    return {
      shows: (entity, aliasText) =>
        kinds.has(entity.kind) &&
        (suppressed.size === 0 || !suppressed.has(`${entity.id}\u0000${foldAlias(aliasText())}`)),
    };
  }

  stop() {
    this.close();
    if (!this.running) return;
    this.running.controller.abort();
    this.running.claims.dispose();
    this.running.scanner.stop();
    this.running.mentions.dispose();
    this.running.highlighter.dispose();
    this.running = undefined;
  }

  // ---- popover -------------------------------------------------------------------------

  private cardFor(id: string): Promise<EntityCard | string> {
    let card = this.cards.get(id);
    if (!card) {
      card = askBackground('getEntityCard', { id }).then((r) => (r.ok ? r.value : r.error.message));
      this.cards.set(id, card);
    }
    return card;
  }

  private anchorFor(mention: Mention): VirtualElement {
    return {
      getBoundingClientRect: () => liveRange(document, mention).getBoundingClientRect(),
      getClientRects: () => liveRange(document, mention).getClientRects(),
      contextElement: mention.range.startContainer.parentElement ?? undefined,
    };
  }

  private async show(mention: Mention, focus: boolean) {
    const running = this.running;
    if (!running) return;
    const entity = running.entities[mention.entity]!;
    this.open = { mention, history: [entity.id], pinned: this.open?.pinned ?? false, byKeyboard: focus };
    await this.render(focus);
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

  /** The claim form for a claim closed from inside its frame. */
  claimFormClosed(id: string) {
    this.running?.claims.formClosed(id);
  }

  /** Saved claims changed somewhere: counts and this page's highlights must be fetched again. */
  claimsChanged(): Promise<void> {
    this.marked.clear();
    return this.running?.claims.load().then(() => void this.report()) ?? Promise.resolve();
  }

  /**
   * Sends the page's text to the background for "Seen elsewhere" (the top frame only, and only
   * while Backstory runs here). The same on every page, whatever the reader saved.
   */
  async report(): Promise<boolean> {
    await this.firstRefresh;
    return this.running ? reportPage(this.isOwnUi) : false;
  }

  /** Shows a passage the reader asked to see from "Seen elsewhere". */
  async revealPassage(passage: Parameters<typeof revealPassage>[0]): Promise<boolean> {
    await this.firstRefresh;
    return this.running ? revealPassage(passage, this.isOwnUi, this.running.highlighter) : false;
  }

  private async render(focus = false) {
    const open = this.open;
    const running = this.running;
    if (!open || !running) return;
    const id = open.history[open.history.length - 1]!;
    const ui = await this.ui();
    if (!ui) return;
    const [result, marked] = await Promise.all([this.cardFor(id), this.markedAbout(id)]);
    if (this.open !== open) return;
    open.card = typeof result === 'string' ? undefined : result;
    open.status =
      open.notice ?? (typeof result === 'string' ? `Could not load this entry: ${result}` : undefined);
    const mentioned = running.entities[open.mention.entity]!;
    const aliasText = open.mention.block.text.slice(open.mention.start, open.mention.end);
    const label = open.card?.entity.label ?? id;
    ui.popover.element.setAttribute('aria-labelledby', POPOVER_HEADING);
    // The frame that paints the popover starts with this callback (the benchmark's hover figure).
    requestAnimationFrame(() => mark('popover-shown'));
    ui.popover.show(
      this.anchorFor(open.mention),
      <Popover
        headingId={POPOVER_HEADING}
        card={open.card}
        status={open.status}
        pinned={open.pinned}
        canGoBack={open.history.length > 1}
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
          id === mentioned.id
            ? (event) => {
                if (this.refused(ui, event)) return;
                this.close();
                void askBackground('suppressAlias', {
                  site: this.site,
                  alias: aliasText,
                  entity: mentioned.id,
                });
              }
            : undefined
        }
        onPauseSite={(event) => {
          if (this.refused(ui, event)) return;
          this.close();
          void askBackground('setSitePaused', { site: this.site, paused: true });
        }}
      />,
      focus,
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

  private close() {
    this.open = undefined;
    this.running?.hover.reset();
    void this.pageUi?.then((ui) => ui?.popover.hide());
  }

  /** Entities whose linked mentions overlap a range of the page. */
  private entitiesIn(range: Range): string[] {
    const running = this.running;
    if (!running) return [];
    const ids = new Set<string>();
    for (const mention of running.mentions.linked()) {
      const m = liveRange(document, mention);
      const overlaps =
        range.compareBoundaryPoints(Range.START_TO_END, m) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, m) < 0;
      if (overlaps) ids.add(running.entities[mention.entity]!.id);
    }
    return [...ids];
  }

  // ---- requests from the side panel, popup and keyboard commands ----------------------------

  /** Saved claims on this page and where each was found; empty while Backstory is off here. */
  pageClaims(): Promise<PageClaims> {
    return (
      this.running?.claims.pageClaims() ??
      Promise.resolve({ url: canonicalUrl(document, location.href), seenUrl: location.href, placements: [] })
    );
  }

  /** See ClaimsController.formClickRefusal. */
  formClickRefusal(id: string, x: number, y: number): Promise<string | null> {
    return this.running?.claims.formClickRefusal(id, x, y) ?? Promise.resolve('Backstory is paused here');
  }

  markSelection(): Promise<boolean> {
    return this.running?.claims.markSelection() ?? Promise.resolve(false);
  }

  /** Reveals a saved claim once the page's claims are placed (asked as soon as a tab loads). */
  async revealClaim(id: string): Promise<boolean> {
    await this.firstRefresh;
    return this.running?.claims.reveal(id) ?? false;
  }

  pageEntities(): PageEntity[] {
    const running = this.running;
    if (!running) return [];
    return [...running.mentions.counts()]
      .map(([index, count]) => ({ ...running.entities[index]!, count }))
      .toSorted((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  private scrollToMention(mention: Mention) {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const { flash } = this.running!.highlighter;
    flash.clear();
    flash.add(mention.range);
    setTimeout(() => flash.delete(mention.range), 1600);
  }

  /** Scrolls to and flashes the next mention of an entity. */
  reveal(entityId: string): boolean {
    const running = this.running;
    if (!running) return false;
    const index = running.entities.findIndex((e) => e.id === entityId);
    const all = running.mentions.linked().filter((m) => m.entity === index);
    if (all.length === 0) return false;
    const next = ((this.revealIndex.get(index) ?? -1) + 1) % all.length;
    this.revealIndex.set(index, next);
    this.scrollToMention(all[next]!);
    return true;
  }

  /** The keyboard path: moves to the next or previous mention and opens its popover with focus. */
  step(direction: 1 | -1): boolean {
    const running = this.running;
    if (!running) return false;
    const all = running.mentions.linked();
    if (all.length === 0) return false;
    this.stepIndex = (this.stepIndex + direction + all.length) % all.length;
    const mention = all[this.stepIndex]!;
    this.scrollToMention(mention);
    void this.show(mention, true);
    return true;
  }
}
