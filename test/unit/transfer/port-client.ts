/**
 * The page's side of the export and import ports, for unit tests: a pair of in-memory ports
 * joined to the background's `servePort`, speaking exactly the protocol of
 * `lib/messaging/ports.ts` (messages are JSON-cloned, as the browser does).
 */
/* oxlint-disable unicorn/require-post-message-target-origin -- runtime ports take no origin */
import { servePort, type PortLike, type StreamDeps } from '@/lib/background/streams';
import { readFileText } from '@/lib/extension-pages/transfer';
import { EXPORT_PORT, type ExportReply, type ImportReply } from '@/lib/messaging/ports';
import type { SenderKind } from '@/lib/messaging/spec';
import type { Failure } from '@/lib/result';

type Listener = (message: unknown) => void;

function portPair(name: string): [PortLike, PortLike & { replies: () => Promise<unknown> }] {
  const listeners: [Listener[], Listener[]] = [[], []];
  const closers: [(() => void)[], (() => void)[]] = [[], []];
  const queue: unknown[] = [];
  const waiting: ((v: unknown) => void)[] = [];
  const make = (side: 0 | 1): PortLike => ({
    name,
    postMessage: (message) => {
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      queueMicrotask(() => listeners[1 - side]!.forEach((l) => l(copy)));
    },
    onMessage: { addListener: (l) => listeners[side].push(l) },
    onDisconnect: { addListener: (l) => closers[side].push(l) },
    disconnect: () => closers[1 - side]!.forEach((c) => c()),
  });
  const page = make(1);
  page.onMessage.addListener((m) => {
    const next = waiting.shift();
    if (next) next(m);
    else queue.push(m);
  });
  page.onDisconnect.addListener(() => waiting.shift()?.(undefined));
  const replies = () =>
    queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise<unknown>((r) => waiting.push(r));
  return [make(0), Object.assign(page, { replies })];
}

/** Exports through the port; the file's text, or the failure. */
export async function exportThroughPort(
  deps: StreamDeps,
  request: Record<string, unknown>,
): Promise<{ text: string; head: ExportReply } | { error: Failure }> {
  const [background, page] = portPair(EXPORT_PORT);
  servePort(background, 'extension', deps);
  page.postMessage({ type: 'start', ...request });
  const head = (await page.replies()) as ExportReply;
  if (head.type === 'error') return { error: head.error };
  let text = '';
  for (;;) {
    page.postMessage({ type: 'next' });
    const reply = (await page.replies()) as ExportReply;
    if (reply.type === 'error') return { error: reply.error };
    if (reply.type === 'end') return { text, head };
    if (reply.type === 'chunk') text += reply.text;
  }
}

/** Sends a file's bytes through an import port, decoded as the options page does. */
export async function importThroughPort<T>(
  deps: StreamDeps,
  portName: string,
  bytes: Uint8Array,
  start: { mode: 'preview' | 'apply'; includeSettings: boolean },
  sender: SenderKind = 'extension',
): Promise<{ value: T } | { error: Failure }> {
  const [background, page] = portPair(portName);
  let closed = false;
  page.onDisconnect.addListener(() => (closed = true));
  servePort(background, sender, deps);
  if (closed) return { error: { code: 'forbidden', message: 'disconnected' } };
  page.postMessage({ type: 'start', ...start });
  try {
    for await (const text of readFileText(new Blob([bytes as Uint8Array<ArrayBuffer>]), 1e9)) {
      page.postMessage({ type: 'chunk', text });
      const reply = (await page.replies()) as ImportReply<T>;
      if (reply.type === 'error') return { error: reply.error };
    }
  } catch (error) {
    return { error: { code: 'invalid-data', message: (error as Error).message } };
  }
  page.postMessage({ type: 'end' });
  const reply = (await page.replies()) as ImportReply<T>;
  return reply.type === 'done'
    ? { value: reply.value }
    : reply.type === 'error'
      ? { error: reply.error }
      : { error: { code: 'internal', message: 'ack' } };
}
