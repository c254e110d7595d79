/** Stopping the extension's service worker at chosen moments in end-to-end tests. */
import type { Page } from 'playwright-core';
import type { Session } from './harness';

/**
 * Stops the extension's service worker on demand (CDP `ServiceWorker.stopAllWorkers`, as
 * Chromium does to an idle worker, but at any moment) and follows its comings and goings.
 */
export async function watchWorkers(session: Session, page: Page) {
  const cdp = await session.context.newCDPSession(page);
  let status = 'running';
  let stopped = 0;
  const waiting: { status: string; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { scriptURL, runningStatus } of versions) {
      if (!scriptURL.startsWith(session.origin) || runningStatus === status) continue;
      status = runningStatus;
      if (status === 'stopped') stopped++;
      for (const waiter of waiting.filter((w) => w.status === status)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  const next = (wanted: string) => new Promise<void>((resolve) => waiting.push({ status: wanted, resolve }));
  const stop = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
  return {
    /** How many times the worker has stopped. */
    get stopped() {
      return stopped;
    },
    /** Resolves when the worker next starts running. */
    started: () => next('running'),
    stop,
    /** Stops the worker and waits until it has. */
    idle: async () => {
      if (status === 'stopped') return;
      const done = next('stopped');
      await stop();
      await done;
    },
    detach: () => cdp.detach(),
  };
}
