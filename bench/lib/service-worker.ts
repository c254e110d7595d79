/**
 * The extension's service worker heap, read through the DevTools protocol. Playwright gives
 * sessions for pages only, so the worker is reached from an extension page's session with
 * `Target.attachToTarget` and messages relayed with `Target.sendMessageToTarget`.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface WorkerHeap {
  /** JS heap in use, in bytes; `gc` forces a garbage collection first. */
  used(gc?: boolean): Promise<number>;
}

export async function workerHeap(page: Page): Promise<WorkerHeap> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  if (!worker) throw new Error('The extension has no running service worker');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as {
    sessionId: string;
  };
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  (cdp as unknown as { on(event: string, listener: (e: { message: string }) => void): void }).on(
    'Target.receivedMessageFromTarget',
    (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) waiting.get(message.id)?.(message.result);
    },
  );
  const send = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void (cdp as unknown as { send(m: string, p: unknown): Promise<unknown> }).send(
        'Target.sendMessageToTarget',
        {
          sessionId,
          message: JSON.stringify({ id, method, params: {} }),
        },
      );
    });
  return {
    used: async (gc = false) => {
      if (gc) await send('HeapProfiler.collectGarbage');
      return ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    },
  };
}
