/**
 * What every request in Backstory's protocol declares: the schema its `data` must satisfy, the
 * kinds of sender allowed to send it, and (as a type only) its reply. Schemas are zod (the
 * background and extension pages) or the content script's small checks (checks.ts: only the
 * extension can message a content script, and zod's code would cost every page its compile
 * time); the server reads both through Standard Schema's `~standard.validate`, which zod speaks.
 */
import type { Result } from '../result';

/** One problem a schema found, as Standard Schema reports it. */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

export type SchemaResult<Output> =
  { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly SchemaIssue[] };

/** The part of Standard Schema (https://standardschema.dev) the protocol uses. */
export interface Schema<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly validate: (value: unknown) => SchemaResult<Output> | Promise<SchemaResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export type InputOf<S extends Schema> = NonNullable<S['~standard']['types']>['input'];
export type OutputOf<S extends Schema> = NonNullable<S['~standard']['types']>['output'];

/**
 * Who sent a message, as the browser (not the message) reports it: one of the extension's own
 * pages or its service worker, or a content script running in a web page.
 */
export type SenderKind = 'extension' | 'content-script';

/** A request's contract: the schema of its data, who may send it, and (as a type) its reply. */
export interface RequestSpec<Data extends Schema, Reply> {
  data: Data;
  from: readonly SenderKind[];
  /** Type-only: never set or read at run time. */
  reply?: { value: Reply };
}

/** Declares a request whose reply has type `Reply`. */
export function request<Reply>() {
  return <Data extends Schema>(data: Data, from: readonly SenderKind[]): RequestSpec<Data, Reply> => ({
    data,
    from,
  });
}

export const anyone = ['extension', 'content-script'] as const;
export const extensionOnly = ['extension'] as const;

export type Specs = Record<string, RequestSpec<Schema, unknown>>;
export type DataOf<S extends Specs, K extends keyof S> = OutputOf<S[K]['data']>;
export type ReplyOf<S extends Specs, K extends keyof S> = NonNullable<S[K]['reply']>['value'];

/** The @webext-core/messaging protocol map derived from a set of request specs. */
export type ProtocolOf<S extends Specs> = {
  [K in keyof S]: (data: InputOf<S[K]['data']>) => Result<ReplyOf<S, K>>;
};
