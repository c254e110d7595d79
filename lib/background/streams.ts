/**
 * The background's end of the ports that carry exports and imports (`lib/messaging/ports.ts`).
 * Only Backstory's own pages may open them; every message is parsed with zod; a failure ends
 * the transfer with one plain sentence and leaves the database as it was.
 */
import type { z } from 'zod';
import { ImportError } from '../import/errors';
import type { ImportPreview } from '../import/plan';
import type { ExportService } from './export-service';
import type { KbService } from './kb/service';
import type { PackInstalled } from '../kb/schema';
import { PackReader } from '../kb/read-pack';
import { formClaim, serveDraftPort, type DraftWrites, type PortSender } from './claim-drafts';
import {
  DRAFT_PORT,
  EXPORT_PORT,
  IMPORT_PORT,
  PACK_PORT,
  exportRequestSchema,
  importRequestSchema,
  type ExportReply,
  type ImportReply,
  type ImportRequest,
} from '../messaging/ports';
import { RequestError, type Failure } from '../result';
import type { SenderKind } from '../messaging/spec';

/** The parts of `runtime.Port` used here. */
export interface PortLike {
  name: string;
  /** Who opened the port, as the browser reports it. */
  sender?: PortSender;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface StreamDeps {
  exports: ExportService;
  kb: KbService;
  /** Tells open pages that claims changed (after an import is written). */
  claimsChanged: () => void;
  /** Tells open pages that the knowledge packs changed. */
  packsChanged: () => void;
  /** Writes what a claim form left unsaved when it went (claim-drafts.ts). */
  drafts: DraftWrites;
}

/** A thrown error as the plain sentence a reader sees. */
export function toFailure(error: unknown): Failure {
  if (error instanceof ImportError || (error instanceof RequestError && error.code === 'invalid-data'))
    return { code: 'invalid-data', message: error.message, issues: error.issues };
  if (error instanceof RequestError) return { code: error.code, message: error.message };
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return { code: 'quota-exceeded', message: 'The browser has run out of storage space for Backstory.' };
  console.error('Backstory: transfer failed', error);
  return {
    code: 'internal',
    message: 'Something went wrong inside Backstory during the transfer; try again.',
  };
}

/** Messages from the port, one at a time, parsed with `schema`. */
function inbox<T>(port: PortLike, schema: z.ZodType<T>) {
  const waiting: ((value: T | undefined) => void)[] = [];
  const queued: (T | undefined)[] = [];
  const deliver = (value: T | undefined) => {
    const next = waiting.shift();
    if (next) next(value);
    else queued.push(value);
  };
  port.onMessage.addListener((raw) => {
    const parsed = schema.safeParse(raw);
    deliver(parsed.success ? parsed.data : undefined);
  });
  port.onDisconnect.addListener(() => deliver(undefined));
  /** The next message, or undefined once the port closed or sent something malformed. */
  return (): Promise<T | undefined> =>
    queued.length > 0 ? Promise.resolve(queued.shift()) : new Promise((resolve) => waiting.push(resolve));
}

/** Posts on the port unless the page has gone (a closed port throws). */
function post(port: PortLike, message: unknown) {
  try {
    port.postMessage(message);
  } catch {
    // The page closed the port: there is no one left to tell.
  }
}

const BROKEN: Failure = {
  code: 'invalid-message',
  message: 'The transfer was interrupted; try again.',
};

async function serveExport(port: PortLike, deps: StreamDeps) {
  const next = inbox(port, exportRequestSchema);
  const send = (reply: ExportReply) => post(port, reply);
  const start = await next();
  if (start?.type !== 'start') return send({ type: 'error', error: BROKEN });
  try {
    const { head, text } = await deps.exports.openExport(
      start.format,
      { query: start.query, ids: start.ids },
      start.options,
    );
    send({ type: 'head', ...head });
    for await (const piece of text) {
      if ((await next())?.type !== 'next') return; // the page went away: stop reading
      send({ type: 'chunk', text: piece });
    }
    if ((await next())?.type !== 'next') return;
    send({ type: 'end' });
  } catch (error) {
    send({ type: 'error', error: toFailure(error) });
  }
}

/** One file being received: each piece is handled before the next is asked for. */
interface Receiving<T> {
  push: (text: string) => void | Promise<void>;
  finish: () => Promise<T>;
  /** The file will not be finished: drop what was kept of it. */
  abandon?: () => Promise<void>;
}

async function serveImport<T>(
  port: PortLike,
  begin: (start: Omit<Extract<ImportRequest, { type: 'start' }>, 'type'>) => Receiving<T>,
) {
  const next = inbox(port, importRequestSchema);
  const send = (reply: ImportReply<T>) => post(port, reply);
  const start = await next();
  if (start?.type !== 'start') return send({ type: 'error', error: BROKEN });
  let session: Receiving<T> | undefined;
  try {
    session = begin(start);
    for (;;) {
      const message = await next();
      if (message?.type === 'chunk') {
        await session.push(message.text);
        send({ type: 'ack' });
      } else if (message?.type === 'end') break;
      else {
        await session.abandon?.();
        return send({ type: 'error', error: BROKEN });
      }
    }
    send({ type: 'done', value: await session.finish() });
  } catch (error) {
    await session?.abandon?.().catch(() => undefined);
    send({ type: 'error', error: toFailure(error) });
  }
}

/** Serves one port an extension page opened; refuses anything else. */
export function servePort(port: PortLike, sender: SenderKind | undefined, deps: StreamDeps): void {
  if (sender !== 'extension') {
    port.disconnect();
    return;
  }
  if (port.name === DRAFT_PORT) {
    // The sender is one of Backstory's own pages (checked above): its address says which.
    const claim = formClaim(port.sender?.url);
    const allowed =
      claim === undefined ? Promise.resolve(false) : deps.drafts.mayWrite(port.sender ?? {}, claim);
    serveDraftPort(port, deps.drafts, claim, allowed);
  } else if (port.name === EXPORT_PORT) void serveExport(port, deps);
  else if (port.name === IMPORT_PORT)
    void serveImport<ImportPreview>(port, ({ mode, includeSettings, samePassage }) => {
      const session = deps.exports.startImport(mode, samePassage);
      return {
        push: session.push,
        abandon: session.abandon,
        finish: async () => {
          const result = await session.finish(includeSettings);
          if (mode === 'apply') {
            deps.claimsChanged();
            if (includeSettings) deps.packsChanged();
          }
          return result;
        },
      };
    });
  else if (port.name === PACK_PORT)
    void serveImport<PackInstalled>(port, () => {
      const reader = new PackReader();
      return {
        push: (text) => reader.push(text),
        finish: async () => {
          const result = await deps.kb.installParsed(reader.finish());
          deps.packsChanged();
          return result;
        },
      };
    });
  else port.disconnect();
}
