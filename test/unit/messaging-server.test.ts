import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { classifySender, handleRequest, type Handlers } from '@/lib/messaging/server';
import { backgroundRequests, type BackgroundRequests } from '@/lib/messaging/background-requests';
import type { RequestSpec } from '@/lib/messaging/spec';
import { RequestError } from '@/lib/result';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${id}/`;

describe('classifySender', () => {
  it('tells extension pages from content scripts by what the browser reports', () => {
    expect(classifySender({ id, url: `${origin}options.html` }, id, origin)).toBe('extension');
    expect(classifySender({ id, url: `${origin}options.html`, tab: { id: 3 } }, id, origin)).toBe(
      'extension',
    );
    expect(classifySender({ id, url: 'https://news.example/', tab: { id: 3 } }, id, origin)).toBe(
      'content-script',
    );
  });

  it('refuses other extensions and senders it cannot place', () => {
    expect(classifySender({ id: 'other', url: `${origin}options.html` }, id, origin)).toBeUndefined();
    expect(classifySender({ id, url: 'https://news.example/' }, id, origin)).toBeUndefined();
    expect(classifySender({}, id, origin)).toBeUndefined();
  });
});

describe('handleRequest', () => {
  const spyHandlers = () => {
    const handlers = {
      ping: vi.fn(({ nonce }: { nonce: string }) => ({ nonce, from: 'background' as const, version: '1' })),
      getSettings: vi.fn(),
      updateSettings: vi.fn(),
    };
    return handlers as typeof handlers & Handlers<BackgroundRequests>;
  };

  it('parses the data and answers with the handler value', async () => {
    const handlers = spyHandlers();
    const result = await handleRequest(
      backgroundRequests,
      handlers,
      'ping',
      { nonce: 'x' },
      'content-script',
    );
    expect(result).toEqual({ ok: true, value: { nonce: 'x', from: 'background', version: '1' } });
    expect(handlers.ping).toHaveBeenCalledWith({ nonce: 'x' }, { sender: 'content-script' });
  });

  it('rejects malformed data with located issues and never calls the handler', async () => {
    const handlers = spyHandlers();
    const result = await handleRequest(backgroundRequests, handlers, 'ping', { nonce: 7 }, 'extension');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-message');
    expect(result.error.issues?.[0]?.path).toBe('nonce');
    expect(result.error.message).toContain('nonce');
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('rejects data that is not an object at all', async () => {
    const handlers = spyHandlers();
    for (const data of [undefined, null, 'ping', 42, ['x']]) {
      const result = await handleRequest(backgroundRequests, handlers, 'ping', data, 'extension');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('refuses a request from a sender it is not meant for', async () => {
    const handlers = spyHandlers();
    const fromPage = await handleRequest(
      backgroundRequests,
      handlers,
      'updateSettings',
      {},
      'content-script',
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unknownSender = await handleRequest(
      backgroundRequests,
      handlers,
      'ping',
      { nonce: 'x' },
      undefined,
    );
    expect(unknownSender).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.updateSettings).not.toHaveBeenCalled();
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('refuses unknown request names, including inherited object keys', async () => {
    const handlers = spyHandlers();
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await handleRequest(backgroundRequests, handlers, name as 'ping', {}, 'extension');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
  });

  it('turns handler failures into results', async () => {
    const specs = { boom: { data: z.object({}), from: ['extension'] } as RequestSpec<z.ZodObject, string> };
    const expected = await handleRequest(
      specs,
      { boom: () => Promise.reject(new RequestError('not-found', 'no such claim')) },
      'boom',
      {},
      'extension',
    );
    expect(expected).toEqual({ ok: false, error: { code: 'not-found', message: 'no such claim' } });

    const quota = await handleRequest(
      specs,
      {
        boom: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
      'boom',
      {},
      'extension',
    );
    expect(quota).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });

    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unexpected = await handleRequest(
      specs,
      {
        boom: () => {
          throw new TypeError('x is undefined');
        },
      },
      'boom',
      {},
      'extension',
    );
    expect(unexpected).toEqual({ ok: false, error: { code: 'internal', message: 'x is undefined' } });
    spy.mockRestore();
  });
});
