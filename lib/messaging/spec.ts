/**
 * What every request in Backstory's protocol declares: the zod schema its `data` must satisfy,
 * the kinds of sender allowed to send it, and (as a type only) its reply. Schemas may be classic
 * zod (the background) or zod/mini (the content script, where every kilobyte is on every page).
 */
import type * as core from 'zod/v4/core';
import type { Result } from '../result';

/**
 * Who sent a message, as the browser (not the message) reports it: one of the extension's own
 * pages or its service worker, or a content script running in a web page.
 */
export type SenderKind = 'extension' | 'content-script';

/** A request's contract: the schema of its data, who may send it, and (as a type) its reply. */
export interface RequestSpec<Data extends core.$ZodType, Reply> {
  data: Data;
  from: readonly SenderKind[];
  /** Type-only: never set or read at run time. */
  reply?: { value: Reply };
}

/** Declares a request whose reply has type `Reply`. */
export function request<Reply>() {
  return <Data extends core.$ZodType>(data: Data, from: readonly SenderKind[]): RequestSpec<Data, Reply> => ({
    data,
    from,
  });
}

export const anyone = ['extension', 'content-script'] as const;
export const extensionOnly = ['extension'] as const;

export type Specs = Record<string, RequestSpec<core.$ZodType, unknown>>;
export type DataOf<S extends Specs, K extends keyof S> = core.output<S[K]['data']>;
export type ReplyOf<S extends Specs, K extends keyof S> = NonNullable<S[K]['reply']>['value'];

/** The @webext-core/messaging protocol map derived from a set of request specs. */
export type ProtocolOf<S extends Specs> = {
  [K in keyof S]: (data: core.input<S[K]['data']>) => Result<ReplyOf<S, K>>;
};
