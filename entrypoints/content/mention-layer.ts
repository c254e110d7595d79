/**
 * The mentions layer of Backstory on a page: scans the page with one knowledge base's matcher,
 * draws the mentions it finds and opens their cards on hover (popover.ts). It runs while
 * Backstory is on for the site, and is replaced when the knowledge base changes.
 */
import { PageContext } from '@/lib/match/context';
import { computedDisplay, createClassifier } from '@/lib/dom/classify';
import { liveRange, mentionAt } from '@/lib/dom/hit-test';
import { HoverTracker } from '@/lib/dom/hover';
import { PageMentions } from '@/lib/dom/page-mentions';
import { PageScanner } from '@/lib/dom/scanner';
import { HiddenElements, styleHiddenTest } from '@/lib/dom/style-hidden';
import { matchHere } from '@/lib/dom/match-here';
import type { MatchEntity } from '@/lib/match/from-kb';
import { createRecogniser } from '@/lib/match/phrases';
import type { Settings } from '@/lib/settings/schema';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimsLayer } from './claims-layer';
import type { LoadedMatcher } from './matcher';
import { mentionFilter } from './mention-filter';
import { OFFTHREAD_BUILD } from '@/lib/offthread-build';
import { backgroundBlocks } from './remote-matcher';
import type { OwnUi } from './own-ui';
import type { PopoverController } from './popover';
import { mostNamed } from './card-warmup';
import { MAX_CARDS_PER_REQUEST } from '@/lib/kb/card';

export class MentionLayer {
  readonly version: string;
  readonly entities: MatchEntity[];
  readonly mentions: PageMentions;
  private readonly scanner: PageScanner;
  private readonly hover: HoverTracker;
  private readonly controller = new AbortController();

  constructor(
    ctx: ContentScriptContext,
    matcher: LoadedMatcher,
    settings: Settings,
    private readonly deps: {
      ui: OwnUi;
      popover: PopoverController;
      claims: ClaimsLayer;
      site: string;
      /** Called when the mentions found may have changed (a slice of a scan, a filter). */
      mentionsChanged: () => void;
    },
  ) {
    const { version, dictionary: dict, entities } = matcher;
    const { highlighter, claims } = deps.claims;
    const { isOwnUi } = deps.ui;
    this.version = version;
    this.entities = entities;
    ctx.onInvalidated(() => this.controller.abort());
    const mentions = new PageMentions(
      entities,
      new PageContext(
        dict,
        entities.map((e) => e.support),
      ),
      highlighter,
      mentionFilter(settings, deps.site),
      document,
    );
    this.mentions = mentions;
    const shadowRoots: ShadowRoot[] = [];
    // Text the page hides is not read until it is shown (style-hidden.ts, SECURITY.md).
    const hidden = new HiddenElements((el) => classifier.hiddenItself(el));
    const test = styleHiddenTest(window);
    const classifier = createClassifier(isOwnUi, computedDisplay(window), {
      test,
      note: (el) => hidden.note(el),
    });
    this.scanner = new PageScanner({
      doc: document,
      // Issue #19: blocks are matched in the background (the build without it, kept to benchmark
      // the old path, matches them here; a constant, so each build carries one of the two).
      ...(OFFTHREAD_BUILD
        ? { matchRemotely: backgroundBlocks(version) }
        : { matchHere: matchHere(dict, createRecogniser(dict, entities)) }),
      // Blocks by layout: a comment's author line in `<b style="display:block">` is a line of its own.
      classifier,
      hidden,
      mentions,
      isOwnUi,
      onUpdate: () => {
        highlighter.register();
        deps.mentionsChanged();
      },
      onShadowRoot: (root) => {
        shadowRoots.push(root);
        highlighter.adopt(root);
      },
      onMutations: () => claims.pageChanged(),
    });
    this.hover = new HoverTracker(
      {
        delayMs: settings.hoverDelayMs,
        modifier: settings.modifierKey,
        hitTest: (x, y) => mentionAt(document, mentions, x, y, shadowRoots),
        // Selection wins: no card while the reader is being offered to mark what they selected.
        blocked: () => claims.marking.isOffering,
        ...deps.popover.hoverHandlers(entities),
      },
      this.controller.signal,
      document,
    );
    deps.popover.card.onClosed(() => this.hover.reset(), this.controller.signal);
  }

  /**
   * Scans the page, then gets the cards of the names found ready for a first hover and looks
   * again for the reader's claims that were not found (the claims themselves are fetched and
   * placed as the layers start, without waiting for the scan: session.ts).
   */
  async start(): Promise<void> {
    await this.scanner.start().catch(() => undefined);
    const ids = mostNamed(
      this.mentions.counts(),
      (entity) => this.entities[entity]!.id,
      MAX_CARDS_PER_REQUEST,
    );
    const { signal } = this.controller;
    if (ids.length > 0 && !signal.aborted) this.deps.popover.prepare(ids, signal);
    return this.deps.claims.claims.pageRead();
  }

  /** Reads the whole page again (an in-page navigation). */
  async rescan(): Promise<void> {
    await this.scanner.rescan();
    await this.deps.claims.claims.pageRead();
  }

  applySettings(settings: Settings) {
    this.mentions.refilter(mentionFilter(settings, this.deps.site));
    this.deps.mentionsChanged();
    this.hover.update({ delayMs: settings.hoverDelayMs, modifier: settings.modifierKey });
  }

  /** Resolves once the page as it stands now has been read (see PageScanner.settled). */
  settled(): Promise<void> {
    return this.scanner.settled();
  }

  /** Entities whose linked mentions overlap a range of the page (as read so far: see `settled`). */
  entitiesIn(range: Range): string[] {
    const ids = new Set<string>();
    const root = range.startContainer.getRootNode();
    for (const mention of this.mentions.linked()) {
      // Ranges in another tree (a page component's shadow root, or text the page took out that
      // the scanner has not dropped yet) are not in this one, and comparing with them throws.
      if (mention.range.startContainer.getRootNode() !== root) continue;
      const m = liveRange(document, mention);
      const overlaps =
        range.compareBoundaryPoints(Range.START_TO_END, m) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, m) < 0;
      if (overlaps) ids.add(this.entities[mention.entity]!.id);
    }
    return [...ids];
  }

  /** Stops finding and explaining mentions (pausing, or a new knowledge base). */
  stop() {
    this.controller.abort();
    this.scanner.stop();
    this.mentions.dispose();
  }
}
