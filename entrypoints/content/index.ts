import { askBackground } from '@/lib/messaging-client';
import { contentMessenger, contentRequests } from '@/lib/messaging';
import { classifySender, serveRequests } from '@/lib/messaging-server';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
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
      },
      (sender) => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/')),
    );
    ctx.onInvalidated(stop);
  },
});
