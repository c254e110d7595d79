/**
 * The side panel reads a page's answer to `pageClaims` through one parser: the page's renderer
 * may be hostile, and a reply of any shape must neither throw nor hide the reader's claims.
 */
import { describe, expect, it } from 'vitest';
import { readPageClaimsReply } from '@/lib/extension-pages/page-claims-reply';

const tab = 'https://news.example/story';
const id = '3d9f5c74-5e3a-4b8c-9c73-8f4a7b3e1d24';
const answer = (value: unknown) => ({ ok: true, value });

describe("the side panel's reading of a page's pageClaims reply", () => {
  it('reads a well-formed reply', () => {
    const reply = answer({ url: tab, seenUrl: tab, placements: [{ id, status: 'anchored', score: 1 }] });
    expect(readPageClaimsReply(reply, tab)).toEqual({
      url: tab,
      seenUrl: tab,
      placements: { [id]: 'anchored' },
    });
  });

  it('takes a reply without a placements list as no placements, keeping its addresses', () => {
    for (const placements of [undefined, null, 'anchored', { length: 1 }, 7]) {
      expect(readPageClaimsReply(answer({ url: tab, seenUrl: tab, placements }), tab)).toEqual({
        url: tab,
        seenUrl: tab,
        placements: {},
      });
    }
  });

  it('keeps the well-formed placements of a list and drops the rest', () => {
    const placements = [
      null,
      'x',
      { id },
      { id: 5, status: 'anchored' },
      { id, status: 'moved' },
      { id: '__proto__', status: 'orphan' },
    ];
    const view = readPageClaimsReply(answer({ url: tab, seenUrl: tab, placements }), tab);
    expect(view?.placements).toEqual(Object.fromEntries([['__proto__', 'orphan']]));
    expect(Object.getPrototypeOf(view?.placements)).toBe(Object.prototype);
  });

  it('takes a reply without addresses as about the tab’s own address', () => {
    for (const value of [undefined, null, 'page', { placements: [] }, { url: 5, seenUrl: tab }]) {
      expect(readPageClaimsReply(answer(value), tab)).toEqual({ url: tab, seenUrl: tab, placements: {} });
    }
  });

  it('reads no answer, a refusal, or another origin’s addresses as the page not running Backstory', () => {
    for (const reply of [
      undefined,
      null,
      'ok',
      {},
      { ok: false, error: { code: 'x' } },
      { ok: 'true', value: {} },
    ]) {
      expect(readPageClaimsReply(reply, tab)).toBeUndefined();
    }
    const evil = 'https://evil.example/a';
    expect(readPageClaimsReply(answer({ url: evil, seenUrl: evil, placements: [] }), tab)).toBeUndefined();
    expect(
      readPageClaimsReply(answer({ url: tab, seenUrl: tab, placements: [] }), undefined),
    ).toBeUndefined();
  });
});
