import { describe, expect, it, vi } from 'vitest';
import { number, oneOf, strictObject, string, uuid } from '@/lib/messaging/checks';
import { contentRequests, type ContentRequests } from '@/lib/messaging/content-requests';
import { handleRequest, type Handlers } from '@/lib/messaging/server';
import type { Schema, SchemaResult } from '@/lib/messaging/spec';

/** The checks are synchronous: a promise here is a failure of its own. */
function validate(schema: Schema, value: unknown): SchemaResult<unknown> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('checks are synchronous');
  return result;
}
const passes = (schema: Schema, value: unknown) => validate(schema, value).issues === undefined;

describe('the content script’s checks', () => {
  it('hold strings to their length and pattern', () => {
    const slug = string({ min: 1, max: 5, pattern: /^[a-z]+$/ });
    expect(passes(slug, 'abc')).toBe(true);
    for (const bad of ['', 'abcdef', 'ABC', 3, null, undefined, ['abc']])
      expect(passes(slug, bad)).toBe(false);
  });

  it('accept UUIDs as zod does', () => {
    expect(passes(uuid(), '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c')).toBe(true);
    expect(passes(uuid(), '3f1c2b4a-9d8e-0f7a-8b6c-5d4e3f2a1b0c')).toBe(false);
    expect(passes(uuid(), 'not-a-uuid')).toBe(false);
  });

  it('hold numbers to being finite, whole if asked, and within bounds', () => {
    const height = number({ int: true, min: 1, max: 10 });
    expect(passes(height, 10)).toBe(true);
    for (const bad of [0, 11, 1.5, NaN, Infinity, '5']) expect(passes(height, bad)).toBe(false);
    // Whole numbers past 2^53 are not exact: refused, as zod's int() refuses them.
    const offset = number({ int: true, min: 0 });
    expect(passes(offset, Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(passes(offset, 1e300)).toBe(false);
  });

  it('take only the listed literals', () => {
    expect(passes(oneOf(1, -1), -1)).toBe(true);
    expect(passes(oneOf(1, -1), 0)).toBe(false);
    expect(passes(oneOf(1, -1), '1')).toBe(false);
  });

  it('refuse objects with unknown or missing fields, and pass on only the known ones', () => {
    const point = strictObject({ x: number(), y: number() });
    expect(validate(point, { x: 1, y: 2 })).toEqual({ value: { x: 1, y: 2 } });
    const extra = validate(point, { x: 1, y: 2, z: 3 });
    expect(extra.issues?.[0]).toMatchObject({ path: ['z'] });
    const missing = validate(point, { x: 1 });
    expect(missing.issues?.[0]).toMatchObject({ path: ['y'] });
    for (const bad of [null, [1, 2], 'x', undefined]) expect(passes(point, bad)).toBe(false);
  });
});

describe('requests to the content script', () => {
  const handlers = () => {
    const spies = { stepMention: vi.fn(() => true), claimFormHeight: vi.fn(() => null) };
    return spies as typeof spies & Handlers<ContentRequests>;
  };

  it('run with the checked data', async () => {
    const h = handlers();
    const result = await handleRequest(contentRequests, h, 'stepMention', { direction: -1 }, 'extension');
    expect(result).toEqual({ ok: true, value: true });
    expect(h.stepMention).toHaveBeenCalledWith({ direction: -1 }, { sender: 'extension' });
  });

  it('are refused, located, when malformed, and never reach their handler', async () => {
    const h = handlers();
    const id = '3f1c2b4a-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
    const result = await handleRequest(
      contentRequests,
      h,
      'claimFormHeight',
      { id, height: 2.5 },
      'extension',
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', issues: [{ path: 'height' }] },
    });
    const wrongSender = await handleRequest(
      contentRequests,
      h,
      'stepMention',
      { direction: 1 },
      'content-script',
    );
    expect(wrongSender).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.claimFormHeight).not.toHaveBeenCalled();
    expect(h.stepMention).not.toHaveBeenCalled();
  });
});
