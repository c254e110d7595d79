/**
 * Backstory on one page (one frame), in two layers: mentions (mention-layer.ts) and the reader's
 * claims (claims-layer.ts). This loads the settings and the matcher and starts, pauses or stops
 * the layers to match — again whenever they change. Pausing a site stops the first layer and
 * keeps the second, unless the reader's settings say otherwise. Everything each layer starts is
 * tied to the content script's context, so an extension update leaves nothing behind.
 */
import { askBackground } from '@/lib/messaging/client';
import type { Settings } from '@/lib/settings/schema';
import { runsOn } from '@/lib/settings/sites';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimsLayer } from './claims-layer';
import { currentMatcher, loadMatcher, type LoadedMatcher } from './matcher';
import { MentionLayer } from './mention-layer';
import type { OwnUi } from './own-ui';
import type { PageState } from './page-state';
import { reportPage, revealPassage } from './passages';
import type { PopoverController } from './popover';

export class PageSession {
  mentionLayer: MentionLayer | undefined;
  claimsLayer: ClaimsLayer | undefined;
  /** The first `refresh`: until it is over, the session may not have started yet. */
  private firstRefresh: Promise<void> | undefined;
  /** The latest `refresh`: until it is over, a mention layer may be about to start. */
  private latestRefresh: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly state: PageState,
    private readonly ui: OwnUi,
    private readonly popover: PopoverController,
    /** Called when what the page lists may have changed: mentions found, running or not. */
    private readonly mentionsChanged: () => void,
  ) {
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // An in-page navigation: the claims of the address now shown come without waiting for the
      // rescan, as on a page load.
      void this.claimsLayer?.claims.pageMoved();
      void this.mentionLayer?.rescan().then(() => this.report());
    });
    ctx.onInvalidated(() => this.stop());
  }

  /** Loads settings and starts, pauses or stops — again whenever they change. */
  refresh(): Promise<void> {
    const next = this.refreshNow().finally(this.mentionsChanged);
    this.firstRefresh ??= next;
    this.latestRefresh = next;
    return next;
  }

  /** Resolves once the session has first started, paused or stopped as its settings say. */
  async started(): Promise<void> {
    await this.firstRefresh;
  }

  get isRunning(): boolean {
    return this.mentionLayer !== undefined;
  }

  private async refreshNow(): Promise<void> {
    // Asked together: each is a round trip to the background, and a page waits for both.
    const [settings, current] = await Promise.all([askBackground('getSettings', {}), currentMatcher()]);
    if (!settings.ok || this.ctx.isInvalid) return;
    this.state.settings = settings.value;
    if (!current.ok) return;
    this.state.kbVersion = current.value.version;
    if (!runsOn(settings.value, this.state.site)) {
      this.stopMentions();
      if (settings.value.keepClaimsWhenPaused) this.startClaims(settings.value, false);
      else this.stop();
      return;
    }
    const layer = this.mentionLayer;
    if (layer && layer.version === current.value.version) {
      this.claimsLayer?.applySettings(settings.value, true);
      layer.applySettings(settings.value);
      return;
    }
    const matcher = await loadMatcher(current.value);
    if (!matcher.ok || this.ctx.isInvalid) return;
    this.stopMentions();
    this.popover.card.data.forgetCards();
    const claims = this.startClaims(settings.value, true);
    this.startMentions(matcher.value, settings.value, claims);
  }

  /**
   * Starts the claims layer, or keeps the one there (its claims stay placed). `scanFollows`: a
   * mention layer is about to start, whose scanner reports page edits; else the claims watch for
   * them themselves.
   */
  private startClaims(settings: Settings, scanFollows: boolean): ClaimsLayer {
    const offers = runsOn(settings, this.state.site);
    const existing = this.claimsLayer;
    if (existing) {
      existing.applySettings(settings, offers);
      if (!scanFollows) existing.watchPage(this.ui.isOwnUi);
      return existing;
    }
    const layer = new ClaimsLayer(this.ctx, settings, {
      ui: this.ui.get,
      isOwnUi: this.ui.isOwnUi,
      entitiesIn: (range) => this.mentionLayer?.entitiesIn(range) ?? [],
      mentionsRead: () => this.mentionsRead(),
      kbVersion: () => this.state.kbVersion,
      onOffer: () => this.popover.card.close(false),
    });
    layer.claims.marking.offersOnSelection = offers;
    this.claimsLayer = layer;
    if (!scanFollows) layer.watchPage(this.ui.isOwnUi);
    // Fetched and placed once, now: not behind the scan, which on a big page takes a while, and
    // not again after it (MentionLayer.start only looks for the ones not found).
    void layer.claims.load();
    return layer;
  }

  /**
   * Resolves once the mentions on the page as it stands are recorded. A refresh under way may be
   * about to start the mention layer (a site just resumed, the matcher still loading): a claim
   * marked meanwhile waits for it rather than being saved linked to no one. While Backstory is
   * paused here nothing reads the page, and a claim links no names.
   */
  private async mentionsRead(): Promise<void> {
    // A refresh that failed leaves the layers as they were; the claim is saved all the same.
    await this.latestRefresh.catch(() => undefined);
    await this.mentionLayer?.settled();
  }

  private startMentions(matcher: LoadedMatcher, settings: Settings, claims: ClaimsLayer) {
    claims.stopWatching();
    const layer = new MentionLayer(this.ctx, matcher, settings, {
      ui: this.ui,
      popover: this.popover,
      claims,
      site: this.state.site,
      mentionsChanged: this.mentionsChanged,
    });
    this.mentionLayer = layer;
    void layer.start().then(() => this.report());
  }

  /** Stops finding and explaining mentions (pausing); the reader's claims stay. */
  private stopMentions() {
    this.popover.card.close(false);
    this.mentionLayer?.stop();
    this.mentionLayer = undefined;
  }

  stop() {
    this.stopMentions();
    this.claimsLayer?.stop();
    this.claimsLayer = undefined;
  }

  /** Saved claims changed somewhere: counts and this page's highlights must be fetched again. */
  claimsChanged(): Promise<void> {
    this.popover.card.data.forgetCounts();
    return this.claimsLayer?.claims.load().then(() => void this.report()) ?? Promise.resolve();
  }

  /**
   * Sends the page's text to the background for "Seen elsewhere" (the top frame only, and only
   * while Backstory runs here). The same on every page, whatever the reader saved.
   */
  async report(): Promise<boolean> {
    await this.firstRefresh;
    return this.mentionLayer ? reportPage(this.ui.isOwnUi) : false;
  }

  /** Shows a passage the reader asked to see from "Seen elsewhere". */
  async revealPassage(passage: Parameters<typeof revealPassage>[0]): Promise<boolean> {
    await this.firstRefresh;
    const layer = this.claimsLayer;
    if (!this.mentionLayer || !layer) return false;
    return revealPassage(passage, this.ui.isOwnUi, layer.highlighter, this.ctx.signal);
  }
}
