/**
 * Small schemas for the requests a content script receives (content-requests.ts). Only the
 * extension itself can message a content script (the browser delivers `tabs.sendMessage` from
 * Backstory's pages and service worker, never from web pages), so what arrives there is
 * Backstory's own data: it is still checked strictly, field by field, but without zod, whose code
 * every page would otherwise compile and run before its scan (a quarter of the content script's
 * compile time, bench/ab.ts). They answer Standard Schema's `~standard.validate` as zod does, so
 * the server (server.ts) reads both alike; the background keeps zod.
 */
import type { Schema, SchemaIssue, SchemaResult } from './spec';

export type Check<T> = Schema<T, T>;
type CheckedBy<C> = C extends Check<infer T> ? T : never;

const problem = (message: string): { issues: SchemaIssue[] } => ({ issues: [{ message }] });

function check<T>(validate: (value: unknown) => SchemaResult<T>): Check<T> {
  return { '~standard': { validate } };
}

/** A string, of a length within bounds, matching a pattern if given. */
export function string(rules: { min?: number; max?: number; pattern?: RegExp } = {}): Check<string> {
  const { min = 0, max = Infinity, pattern } = rules;
  return check<string>((value) => {
    if (typeof value !== 'string') return problem('Expected a string');
    if (value.length < min) return problem(`Too short: expected at least ${min} characters`);
    if (value.length > max) return problem(`Too long: expected at most ${max} characters`);
    if (pattern && !pattern.test(value)) return problem('Invalid string: does not match the pattern');
    return { value };
  });
}

/** RFC 9562 UUIDs, as zod's `z.uuid()` accepts them. */
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

export const uuid = (): Check<string> => string({ pattern: UUID });

/**
 * A finite number (a safe integer if asked, as zod's `int()`: past 2^53 whole numbers are no longer
 * exact), within bounds.
 */
export function number(rules: { int?: boolean; min?: number; max?: number } = {}): Check<number> {
  const { int = false, min = -Infinity, max = Infinity } = rules;
  return check<number>((value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return problem('Expected a finite number');
    if (int && !Number.isSafeInteger(value)) return problem('Expected an integer');
    if (value < min) return problem(`Too small: expected at least ${min}`);
    if (value > max) return problem(`Too big: expected at most ${max}`);
    return { value };
  });
}

/** One of a few literal values. */
export function oneOf<const T extends readonly (string | number)[]>(...values: T): Check<T[number]> {
  return check<T[number]>((value) =>
    values.includes(value as T[number])
      ? { value: value as T[number] }
      : problem(`Expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
  );
}

/**
 * A plain object with exactly these fields (no others, none missing), each checked; the value
 * passed on is a new object holding only them.
 */
export function strictObject<Shape extends Record<string, Check<unknown>>>(
  shape: Shape,
): Check<{ [K in keyof Shape]: CheckedBy<Shape[K]> }> {
  type Out = { [K in keyof Shape]: CheckedBy<Shape[K]> };
  const keys = Object.keys(shape);
  return check<Out>((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return problem('Expected an object');
    const issues: SchemaIssue[] = [];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      if (!Object.hasOwn(shape, key)) issues.push({ message: `Unrecognized key: "${key}"`, path: [key] });
    for (const key of keys) {
      const field = shape[key]!['~standard'].validate((value as Record<string, unknown>)[key]);
      // Every check here is synchronous; a schema that is not has no place in this table.
      if (field instanceof Promise) throw new Error(`The check of "${key}" is not synchronous`);
      if (field.issues)
        for (const issue of field.issues) issues.push({ ...issue, path: [key, ...(issue.path ?? [])] });
      else out[key] = field.value;
    }
    return issues.length > 0 ? { issues } : { value: out as Out };
  });
}
