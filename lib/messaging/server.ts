/**
 * The receiving side of the protocol: checks who sent a message, parses its data with the
 * request's schema (zod, or the content script's checks), runs the handler and turns every
 * outcome into a `Result`.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';
import type { DataOf, ProtocolOf, ReplyOf, SenderKind } from './protocol';
import type { SchemaIssue, Specs } from './spec';
import { fail, ok, RequestError, type Issue, type Result } from '../result';
import { describeIssues, formatPath } from '../zod-issues';

/** The parts of `runtime.MessageSender` the checks use. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The sender document's origin (Chrome); opaque ("null") for a sandboxed frame. */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  /** The browser's id for the sender's document (Chrome); never reused by another document. */
  documentId?: string;
}

/** Context a handler receives alongside the parsed data. */
export interface RequestContext {
  sender: SenderKind;
  tabId?: number;
  frameId?: number;
  /** The sender's address as the browser reports it: for a content script, its frame's document. */
  url?: string;
  origin?: string;
  /** The sender document's id, as the browser reports it (Chrome only). */
  documentId?: string;
}

export type Handlers<S extends Specs> = {
  [K in keyof S]: (data: DataOf<S, K>, context: RequestContext) => ReplyOf<S, K> | Promise<ReplyOf<S, K>>;
};

/**
 * Classifies a sender from what the browser reports, or returns undefined for senders outside
 * this extension. `extensionOrigin` is `runtime.getURL('')`.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab) return 'content-script';
  return undefined;
}

const located = (issue: SchemaIssue): Issue => ({
  path: formatPath((issue.path ?? []).map((step) => (typeof step === 'object' ? step.key : step))),
  message: issue.message,
});

/** Validates and runs one request; never throws. */
export async function handleRequest<S extends Specs, K extends keyof S & string>(
  specs: S,
  handlers: Handlers<S>,
  name: K,
  rawData: unknown,
  sender: SenderKind | undefined,
  context: Omit<RequestContext, 'sender'> = {},
): Promise<Result<ReplyOf<S, K>>> {
  if (!Object.hasOwn(specs, name)) return fail('invalid-message', `Unknown request "${name}"`);
  const spec = specs[name]!;
  if (!sender || !spec.from.includes(sender)) {
    return fail('forbidden', `"${name}" may not be sent from ${sender ?? 'outside the extension'}`);
  }
  const parsed = await Promise.resolve()
    .then(() => spec.data['~standard'].validate(rawData))
    .catch((error: unknown) => ({ issues: [{ message: `Could not be checked: ${String(error)}` }] }));
  if (parsed.issues) {
    const issues = parsed.issues.map(located);
    return fail('invalid-message', `Malformed "${name}" request: ${describeIssues(issues)}`, issues);
  }
  try {
    const value = await handlers[name](parsed.value as DataOf<S, K>, { ...context, sender });
    return ok(value);
  } catch (error) {
    if (error instanceof RequestError) return fail(error.code, error.message, error.issues);
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      return fail('quota-exceeded', 'The browser has run out of storage space for Backstory.');
    }
    console.error(`Backstory: "${name}" failed`, error);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Registers a handler for every request in `specs` on `messenger`. Returns a function that
 * removes them all.
 */
export function serveRequests<S extends Specs>(
  messenger: ExtensionMessenger<ProtocolOf<S>>,
  specs: S,
  handlers: Handlers<S>,
  classify: (sender: SenderInfo) => SenderKind | undefined,
): () => void {
  // The library's per-message typing cannot follow a loop over names; each handler's own
  // signature is checked by `Handlers<S>` instead.
  const listen = messenger.onMessage as (
    name: string,
    listener: (message: { data: unknown; sender: SenderInfo }) => Promise<unknown>,
  ) => () => void;
  const removers = Object.keys(specs).map((name) =>
    listen(name, ({ data, sender }) =>
      handleRequest(specs, handlers, name, data, classify(sender), {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        url: sender.url,
        origin: sender.origin,
        documentId: sender.documentId,
      }),
    ),
  );
  return () => removers.forEach((remove) => remove());
}
