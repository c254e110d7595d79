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
import { deserializeDictionary } from '@/lib/match/serialize';
import { createClassifier } from '@/lib/dom/classify';
import { liveRange, mentionAt } from '@/lib/dom/hit-test';
import { Highlighter } from '@/lib/dom/highlighter';
import { HoverTracker } from '@/lib/dom/hover';
import { PageMentions, type Mention, type MentionFilter } from '@/lib/dom/page-mentions';
import { PageScanner } from '@/lib/dom/scanner';
import { askBackground } from '@/lib/messaging-client';
import type { PageEntity } from '@/lib/messaging';
import { runsOn, type Settings } from '@/lib/settings/schema';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPopoverView, UI_TAG, type PopoverView } from './popover-ui';

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
}

interface Open {
  mention: Mention;
  history: string[];
  pinned: boolean;
  /** Opened from the keyboard: stays until Esc or close, whatever the pointer does. */
  byKeyboard: boolean;
  card?: EntityCard;
  status?: string;
}

export class PageSession {
  private running: Running | undefined;
  private settings: Settings | undefined;
  private popover: Promise<PopoverView> | undefined;
  private open: Open | undefined;
  private cards = new Map<string, Promise<EntityCard | string>>();
  private stepIndex = -1;
  private revealIndex = new Map<number, number>();
  private readonly site = location.hostname.toLowerCase();

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.open) this.close();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void this.running?.scanner.rescan());
    ctx.onInvalidated(() => this.stop());
  }

  /** Loads settings and starts (or stops, on a paused site) — again whenever they change. */
  async refresh(): Promise<void> {
    const settings = await askBackground('getSettings', {});
    if (!settings.ok || this.ctx.isInvalid) return;
    this.settings = settings.value;
    if (!runsOn(settings.value, this.site)) {
      this.stop();
      return;
    }
    const matcher = await askBackground('getMatcher', {});
    if (!matcher.ok || this.ctx.isInvalid) return;
    if (this.running && this.running.version === matcher.value.version) {
      this.applySettings(this.running, settings.value);
      return;
    }
    this.stop();
    this.cards.clear();
    this.start(
      matcher.value.version,
      deserializeDictionary(matcher.value.dictionary),
      matcher.value.entities,
      settings.value,
    );
  }

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
    );
    const shadowRoots: ShadowRoot[] = [];
    const scanner = new PageScanner({
      doc: document,
      dict,
      classifier: createClassifier(UI_TAG),
      mentions,
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
        isOwnUi: (event) => (event.target as Element | null)?.tagName?.toLowerCase() === UI_TAG,
        onHoverStart: (mention) => void this.cardFor(entities[mention.entity]!.id),
        onIntent: (mention) => void this.show(mention, false),
        onLeave: () => {
          if (this.open && !this.open.pinned && !this.open.byKeyboard) this.close();
        },
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
    };
    void scanner.start();
    // A page may clear CSS.highlights or its style sheets at any time; put ours back.
    const watch = setInterval(() => highlighter.register(), 2000);
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
    return {
      shows: (entity, aliasText) =>
        kinds.has(entity.kind) && !suppressed.has(`${entity.id}\u0000${foldAlias(aliasText)}`),
    };
  }

  stop() {
    this.close();
    if (!this.running) return;
    this.running.controller.abort();
    this.running.scanner.stop();
    this.running.mentions.clear();
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

  private async render(focus = false) {
    const open = this.open;
    const running = this.running;
    if (!open || !running) return;
    const id = open.history[open.history.length - 1]!;
    this.popover ??= createPopoverView(this.ctx);
    const view = await this.popover;
    const result = await this.cardFor(id);
    if (this.open !== open) return;
    open.card = typeof result === 'string' ? undefined : result;
    open.status = typeof result === 'string' ? `Could not load this entry: ${result}` : undefined;
    const mentioned = running.entities[open.mention.entity]!;
    const aliasText = open.mention.block.text.slice(open.mention.start, open.mention.end);
    view.show(
      this.anchorFor(open.mention),
      {
        card: open.card,
        status: open.status,
        pinned: open.pinned,
        canGoBack: open.history.length > 1,
        onBack: () => {
          open.history.pop();
          void this.render();
        },
        onNavigate: (next) => {
          open.history.push(next);
          void this.render();
        },
        onPin: () => {
          open.pinned = !open.pinned;
          void this.render();
        },
        onClose: () => this.close(),
        onOpenSource: (claim: CardClaim) =>
          void askBackground('openReader', { source: claim.source, start: claim.start, end: claim.end }),
        onOpenSidePanel: () => void askBackground('openSidePanel', { entity: id }),
        onWrongEntity:
          id === mentioned.id
            ? () => {
                this.close();
                void askBackground('suppressAlias', {
                  site: this.site,
                  alias: aliasText,
                  entity: mentioned.id,
                });
              }
            : undefined,
        onPauseSite: () => {
          this.close();
          void askBackground('setSitePaused', { site: this.site, paused: true });
        },
      },
      focus,
    );
  }

  private close() {
    this.open = undefined;
    this.running?.hover.reset();
    void this.popover?.then((view) => view.hide());
  }

  // ---- requests from the side panel, popup and keyboard commands ----------------------------

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
