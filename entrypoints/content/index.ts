import { askBackground } from '@/lib/messaging/client';
import { contentMessenger } from '@/lib/messaging/protocol';
import { contentRequests } from '@/lib/messaging/content-requests';
import { classifySender, serveRequests } from '@/lib/messaging/server';
import { PageSession } from './session';
import { mark } from '@/lib/dom/timing';

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
    const session = new PageSession(ctx);
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
        pageMentions: () => ({
          running: session.isRunning,
          entities: session.pageEntities(),
          uiBlocked: session.uiBlocked,
        }),
        revealMention: ({ entity }) => session.reveal(entity),
        stepMention: ({ direction }) => session.step(direction),
        refreshClaims: async () => {
          await session.claimsChanged();
          return null;
        },
        pageClaims: () => session.pageClaims(),
        markSelection: () => session.markSelection(),
        revealClaim: ({ id }) => session.revealClaim(id),
        claimFormHeight: ({ id, height }) => {
          session.claimFormHeight(id, height);
          return null;
        },
        reportPage: () => session.report(),
        revealPassage: (passage) => session.revealPassage(passage),
        claimFormClick: ({ id, x, y }) => session.formClickRefusal(id, x, y),
        claimFormClosed: ({ id }) => {
          session.claimFormClosed(id);
          return null;
        },
      },
      (sender) => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    );
    ctx.onInvalidated(stop);
    void session.refresh();
  },
});
