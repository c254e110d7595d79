/**
 * Backstory's UI on the page (page-ui.ts), created the first time a feature needs it. If the
 * page's interference makes Backstory give it up, it fails safe and visibly: no in-page UI, and
 * the reader is told where to look instead (the side panel keeps working).
 */
import type { UiBlockedReason } from '@/lib/dom/ui-host';
import { askBackground } from '@/lib/messaging/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageUi, type PageUi } from './page-ui';

export class OwnUi {
  /** Why Backstory shows no UI on this page, if the page's interference made it give up. */
  blocked: UiBlockedReason | undefined;
  /** Backstory's UI host element, once it exists. */
  private host: Element | undefined;
  private created: Promise<PageUi | undefined> | undefined;
  private readonly blockedListeners: (() => void)[] = [];

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The UI, created the first time it is needed; undefined if it cannot be. */
  readonly get = (): Promise<PageUi | undefined> => {
    this.created ??= Promise.resolve().then(() => {
      try {
        const ui = createPageUi(this.ctx, (reason) => this.block(reason));
        this.host = ui.host;
        return ui;
      } catch {
        this.block('unsupported');
        return undefined;
      }
    });
    return this.created;
  };

  /** The UI if a feature already created it (never creates it). */
  get existing(): Promise<PageUi | undefined> | undefined {
    return this.created;
  }

  /** Whether an element is Backstory's own UI host: by identity, so a look-alike is just page content. */
  readonly isOwnUi = (el: Element): boolean => el === this.host;

  /** Whether an event happened inside Backstory's UI. */
  readonly contains = (event: Event): boolean =>
    this.host !== undefined && event.composedPath().includes(this.host);

  /** Runs `listener` when the UI is given up, before the background is told. */
  onBlocked(listener: () => void) {
    this.blockedListeners.push(listener);
  }

  private block(reason: UiBlockedReason) {
    this.blocked = reason;
    for (const listener of this.blockedListeners) listener();
    void askBackground('reportUiBlocked', { reason });
  }
}
