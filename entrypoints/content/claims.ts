/**
 * The reader's claims on a page: finding the saved ones again when the page loads and keeping
 * them in place as it changes (lib/anchor/reanchor.ts), showing one when asked, and marking new
 * ones (marking.tsx).
 */
import { ClaimPlacements } from '@/lib/anchor/reanchor';
import { canonicalUrl, cleanUrl } from '@/lib/claims/page-meta';
import type { SavedClaim } from '@/lib/claims/schema';
import { scrollAndFlash } from '@/lib/dom/flash';
import type { Highlighter } from '@/lib/dom/highlighter';
import { afterIdleWork, afterNextFrame } from '@/lib/dom/schedule';
import type { PageClaims } from '@/lib/messaging/protocol';
import { askBackground } from '@/lib/messaging/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PlacementNews } from '@/lib/anchor/placement-news';
import { Marking, type MarkingDeps } from './marking';

export interface ClaimsDeps extends Omit<MarkingDeps, 'placements' | 'pageUrl' | 'pageRead'> {
  highlighter: Highlighter;
  /** Resolves once the mentions found on the page as it stands now are recorded (none: at once). */
  mentionsRead: () => Promise<void>;
}

export class ClaimsController {
  /** Marking new claims: the "Mark claim" button and the claim form. */
  readonly marking: Marking;
  private readonly placements: ClaimPlacements<SavedClaim>;
  private following: Promise<void> | undefined;
  private pageUrl = canonicalUrl(document, location.href);
  /** The address the claims were fetched at, without its fragment and tracking parameters. */
  private seenUrl = cleanUrl(location.href);
  /** The latest placement of this page's claims; until the first starts, a wait for it. */
  private loading: Promise<void>;
  private firstLoadStarted!: (load: Promise<void>) => void;
  /** How many loads have started: only the latest places what it fetched. */
  private loads = 0;
  /** Tells the side panel (through the background, which names the tab) when the claims moved. */
  private readonly news = new PlacementNews(() => void askBackground('pageClaimsChanged', {}));

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly deps: ClaimsDeps,
    private readonly signal: AbortSignal,
  ) {
    // Questions about placements asked before the page was first read wait for its answer.
    this.loading = new Promise<Promise<void>>((resolve) => (this.firstLoadStarted = resolve)).then(
      (load) => load,
    );
    this.placements = new ClaimPlacements<SavedClaim>(document, deps.isOwnUi, deps.highlighter, () =>
      this.placementsChanged(),
    );
    const pageUrl = () => this.pageUrl;
    const pageRead = async () => {
      await deps.mentionsRead();
      await this.loading;
    };
    this.marking = new Marking(ctx, { ...deps, placements: this.placements, pageUrl, pageRead }, signal);
  }

  /** Fetches this page's claims and re-anchors them, in slices. */
  load(): Promise<void> {
    this.loading = this.loadNow();
    this.firstLoadStarted(this.loading);
    return this.loading;
  }

  private async loadNow() {
    const load = ++this.loads;
    this.pageUrl = canonicalUrl(document, location.href);
    this.seenUrl = cleanUrl(location.href);
    const result = await askBackground('claimsForPage', { url: this.pageUrl, seenUrl: location.href });
    // A later load (the app moved on to another address) or the layer's end supersedes this one:
    // its answer, which may come after the later one's, is not placed.
    if (load !== this.loads || this.signal.aborted) return;
    await this.placements.placeAll(result.ok ? result.value : []);
  }

  /**
   * The page has been read through (its scan or rescan ended): claims not found when they were
   * placed are looked for once more, as a page that builds its text as it loads may have brought
   * their words since. Nothing is fetched: they are the same claims.
   */
  async pageRead(): Promise<void> {
    await this.loading.catch(() => undefined);
    if (!this.signal.aborted) this.placements.follow(performance.now(), true);
  }

  /**
   * An in-page (SPA) navigation: once the page has drawn what it shows next, the claims of its
   * new address are fetched and placed; a move within the page (a fragment) fetches nothing.
   */
  async pageMoved(): Promise<void> {
    // The navigation is announced before the address changes, and the page draws after it.
    await afterNextFrame(document);
    await afterIdleWork(document);
    if (this.signal.aborted) return;
    if (canonicalUrl(document, location.href) === this.pageUrl && cleanUrl(location.href) === this.seenUrl)
      return;
    await this.load();
  }

  /**
   * The page changed (one call per batch of changes): claims whose words changed are placed
   * again, and orphans looked for again now and then (ClaimPlacements.follow).
   */
  pageChanged(): Promise<void> {
    if (this.placements.all.length === 0 || this.following) return this.following ?? Promise.resolve();
    this.following = this.follow().finally(() => (this.following = undefined));
    return this.following;
  }

  private async follow() {
    await this.loading;
    this.placements.follow();
  }

  /** This page's claims and where each was found, once they have been looked for. */
  async pageClaims(): Promise<PageClaims> {
    await this.loading;
    return {
      url: this.pageUrl,
      seenUrl: location.href,
      placements: this.placements.all.map((p) => p.placement),
    };
  }

  /**
   * The claims were placed, found again, lost or added: the side panel is told when that changed
   * what it shows. Only the top frame's claims are listed there (it asks frame 0).
   */
  private placementsChanged() {
    if (window !== window.top) return;
    this.news.report({
      url: this.pageUrl,
      seenUrl: this.seenUrl ?? location.href,
      placements: this.placements.all.map((p) => p.placement),
    });
  }

  /** Scrolls to a saved claim on this page and flashes it; false when it was not found here. */
  async reveal(id: string): Promise<boolean> {
    await this.loading;
    const range = this.placements.all.find((p) => p.claim.id === id)?.range;
    if (!range) return false;
    scrollAndFlash(this.deps.highlighter, range, this.ctx.signal);
    return true;
  }

  dispose() {
    this.loads++;
    this.placements.clear();
    void this.marking.close();
  }
}
