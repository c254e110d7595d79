/**
 * Results that cross a messaging boundary. `Error` objects do not survive structured cloning, so
 * failures travel as plain data with a machine-readable code and a human-readable message.
 */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden'
  | 'not-found'
  | 'invalid-data'
  | 'quota-exceeded'
  | 'unreachable'
  | 'internal';

/** One located problem, e.g. a zod issue: `path` is the dotted/indexed JSON path ("claims[3].quote"). */
export interface Issue {
  path: string;
  message: string;
}

export interface Failure {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, issues?: Issue[]): Result<T> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

/** An expected failure thrown inside a handler; the messaging layer turns it into a `Failure`. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
