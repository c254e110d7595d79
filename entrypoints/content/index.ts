import { askBackground } from '@/lib/messaging/client';
import { contentMessenger } from '@/lib/messaging/protocol';
import { contentRequests } from '@/lib/messaging/content-requests';
import { classifySender, serveRequests } from '@/lib/messaging/server';
import { canonicalUrl } from '@/lib/claims/page-meta';
import { mark } from '@/lib/dom/timing';
import { MentionNews } from '@/lib/dom/mention-news';
import { MentionNavigator } from './mention-navigator';
import { OwnUi } from './own-ui';
import type { PageState } from './page-state';
import { PopoverController } from './popover';
import { PageSession } from './session';
import { Toasts } from './toasts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Styles reach the page only inside Backstory's shadow root (imported as strings); nothing is
  // injected into the page itself.
  cssInjectionMode: 'manual',
  main(ctx) {
    mark('content-script-start');
    // Each feature gets what it needs from those made before it.
    const state: PageState = { site: location.hostname.toLowerCase(), kbVersion: '' };
    const ui = new OwnUi(ctx);
    const popover = new PopoverController(ctx, ui, state, new Toasts(ui.get, ctx.signal));
    const session = new PageSession(ctx, state, ui, popover, () => tellMentions());
    const navigator = new MentionNavigator(ctx, session, popover);
    const pageMentions = () => ({
      running: session.isRunning,
      entities: navigator.pageEntities(),
      uiBlocked: ui.blocked,
    });
    // "On this page" lists the top frame's mentions: it hears when they change, through the
    // background (which names the tab from the browser's sender), instead of asking on a timer.
    const news = new MentionNews(() => void askBackground('pageMentionsChanged', {}));
    function tellMentions() {
      if (window !== window.top || ctx.isInvalid) return;
      const layer = session.mentionLayer;
      news.report({
        running: session.isRunning,
        uiBlocked: ui.blocked,
        version: layer?.version ?? '',
        counts: layer?.mentions.counts() ?? new Map(),
      });
    }
    ui.onBlocked(tellMentions);
    /** The reader's claims on the page; none while Backstory is off here. */
    const claims = () => session.claimsLayer?.claims;
    const stop = serveRequests(
      contentMessenger,
      contentRequests,
      {
        probe: async ({ nonce }) => ({
          url: location.href,
          title: document.title,
          isTopFrame: window === window.top,
          background: await askBackground('ping', { nonce }),
        }),
        refresh: async () => {
          await session.refresh();
          return null;
        },
        pageMentions,
        revealMention: ({ entity }) => navigator.reveal(entity),
        stepMention: ({ direction }) => navigator.step(direction),
        refreshClaims: async () => {
          await session.claimsChanged();
          return null;
        },
        pageClaims: () =>
          claims()?.pageClaims() ??
          Promise.resolve({
            url: canonicalUrl(document, location.href),
            seenUrl: location.href,
            placements: [],
          }),
        // The shortcut or menu used as the page loads: marked once Backstory has started here.
        // Every caller names the frame (the shortcut the top one, the menu the one clicked in), so
        // each frame answers, false when it has nothing to mark.
        markSelection: async () => {
          await session.started();
          return (await claims()?.marking.markSelection()) ?? false;
        },
        // Asked as soon as a tab loads: waits for the page's claims to be placed.
        revealClaim: async ({ id }) => {
          await session.started();
          return (await claims()?.reveal(id)) ?? false;
        },
        claimFormHeight: ({ id, height }) => {
          claims()?.marking.formHeight(id, height);
          return null;
        },
        reportPage: () => session.report(),
        revealPassage: (passage) => session.revealPassage(passage),
        claimFormClick: ({ id, x, y }) =>
          claims()?.marking.formClickRefusal(id, x, y) ?? Promise.resolve('Backstory is paused here'),
        claimFormShown: ({ id }) => claims()?.marking.showsForm(id) ?? false,
        claimFormTypedAhead: ({ id }) => claims()?.marking.typedAhead(id) ?? Promise.resolve(''),
        claimFormClosed: ({ id }) => {
          claims()?.marking.formClosed(id);
          return null;
        },
      },
      (sender) => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    );
    ctx.onInvalidated(stop);
    void session.refresh();
  },
});
