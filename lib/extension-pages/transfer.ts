/**
 * The page's end of the export and import ports (`lib/messaging/ports.ts`): an export arrives a
 * megabyte at a time and is gathered into a Blob (which the browser may keep on disk), and a
 * file is read from disk a piece at a time, decoded with the same `FileDecoder` the CLI uses,
 * and sent on, so neither side ever holds the whole file as one string or one message.
 */
import { FileDecoder } from '../import/decode';
import { ImportError } from '../import/errors';
import {
  CHUNK,
  EXPORT_PORT,
  type ExportReply,
  type ExportRequest,
  type ImportReply,
  type ImportRequest,
} from '../messaging/ports';
import { fail, ok, type Result } from '../result';

type Port = Browser.runtime.Port;

// One sentence, read after "Export failed: " or "<file> was not imported: " (which says that
// nothing was changed).
const interrupted = <T>(): Result<T> =>
  fail('unreachable', 'Backstory’s background stopped during the transfer; try again.');

/** Closes a port, which may already be closed. */
function disconnect(port: Port) {
  try {
    port.disconnect();
  } catch {
    // Already gone with the background.
  }
}

/** Replies from a port, one at a time; undefined once it disconnects. */
function replies<T>(port: Port) {
  const queued: (T | undefined)[] = [];
  const waiting: ((value: T | undefined) => void)[] = [];
  const deliver = (value: T | undefined) => {
    const next = waiting.shift();
    if (next) next(value);
    else queued.push(value);
  };
  port.onMessage.addListener((message: T) => deliver(message));
  port.onDisconnect.addListener(() => deliver(undefined));
  return (): Promise<T | undefined> =>
    queued.length > 0 ? Promise.resolve(queued.shift()) : new Promise((resolve) => waiting.push(resolve));
}

/** An export file, fetched piece by piece. */
export async function fetchExport(
  request: Omit<Extract<ExportRequest, { type: 'start' }>, 'type'>,
): Promise<Result<{ filename: string; count: number; blob: Blob }>> {
  const port = browser.runtime.connect({ name: EXPORT_PORT });
  const next = replies<ExportReply>(port);
  try {
    port.postMessage({ type: 'start', ...request });
    const head = await next();
    if (!head) return interrupted();
    if (head.type === 'error') return { ok: false, error: head.error };
    if (head.type !== 'head') return interrupted();
    const parts: Blob[] = [];
    for (;;) {
      port.postMessage({ type: 'next' });
      const reply = await next();
      if (!reply) return interrupted();
      if (reply.type === 'error') return { ok: false, error: reply.error };
      if (reply.type === 'end') break;
      if (reply.type === 'chunk')
        parts.push(
          new Blob([
            head.encoding === 'base64'
              ? Uint8Array.from(atob(reply.text), (c) => c.charCodeAt(0))
              : reply.text,
          ]),
        );
    }
    const type = head.encoding === 'base64' ? head.mime : `${head.mime};charset=utf-8`;
    const blob = new Blob(parts, { type });
    return ok({ filename: head.filename, count: head.count, blob });
  } catch {
    // Posting on a port whose background has stopped throws.
    return interrupted();
  } finally {
    disconnect(port);
  }
}

/** Reads a file from disk as text, a piece at a time, in any encoding Backstory accepts. */
export async function* readFileText(file: Blob, maxBytes: number): AsyncGenerator<string> {
  const decoder = new FileDecoder(maxBytes);
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.end() : decoder.write(value);
    for (let at = 0; at < text.length; at += CHUNK) yield text.slice(at, at + CHUNK);
    if (done) return;
  }
}

/** Sends a file to the background on an import port; the background's answer. */
export async function sendFile<T>(
  portName: string,
  file: Blob,
  start: Omit<Extract<ImportRequest, { type: 'start' }>, 'type' | 'samePassage'> &
    Partial<Pick<Extract<ImportRequest, { type: 'start' }>, 'samePassage'>>,
  maxBytes: number,
): Promise<Result<T>> {
  if (file.size > maxBytes)
    return fail(
      'invalid-data',
      `The file is larger than ${(maxBytes / 1e6).toLocaleString('en-GB')} MB, the most Backstory reads; split it into smaller files.`,
    );
  const port = browser.runtime.connect({ name: portName });
  const next = replies<ImportReply<T>>(port);
  try {
    port.postMessage({ type: 'start', ...start });
    for await (const text of readFileText(file, maxBytes)) {
      port.postMessage({ type: 'chunk', text });
      const reply = await next();
      if (!reply) return interrupted();
      if (reply.type === 'error') return { ok: false, error: reply.error };
    }
    port.postMessage({ type: 'end' });
    const reply = await next();
    if (!reply || reply.type === 'ack') return interrupted();
    return reply.type === 'done' ? ok(reply.value) : { ok: false, error: reply.error };
  } catch (error) {
    if (error instanceof ImportError) return fail('invalid-data', error.message, error.issues);
    if (error instanceof DOMException && ['NotReadableError', 'NotFoundError'].includes(error.name))
      return fail(
        'invalid-data',
        'The file could not be read (moved or changed since it was chosen); choose it again.',
      );
    // Posting on a port whose background has stopped throws.
    return interrupted();
  } finally {
    disconnect(port);
  }
}
