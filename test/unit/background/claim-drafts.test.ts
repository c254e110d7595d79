import { describe, expect, it } from 'vitest';
import { formClaim, serveDraftPort } from '@/lib/background/claim-drafts';
import type { ClaimPatch } from '@/lib/claims/schema';

const ID = '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01';
const OTHER = '1b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02';

/** A port as the background sees it, driven by the test as the claim form would. */
function draftPort(
  formUrl = `chrome-extension://abc/claim-form.html?claim=${ID}&frame=0`,
  allowed = Promise.resolve(true),
) {
  let onMessage: (message: unknown) => void = () => undefined;
  let onDisconnect: () => unknown = () => undefined;
  const saved: [string, ClaimPatch][] = [];
  const kept: [string, string | null][] = [];
  let cut = false;
  serveDraftPort(
    {
      onMessage: { addListener: (listener) => (onMessage = listener) },
      onDisconnect: { addListener: (listener) => (onDisconnect = listener) },
      disconnect: () => {
        cut = true;
      },
    },
    {
      save: async (id, patch) => {
        saved.push([id, patch]);
      },
      keepNote: async (id, note) => {
        kept.push([id, note]);
      },
      mayWrite: () => allowed,
    },
    formClaim(formUrl),
    allowed,
  );
  return {
    send: (m: unknown) => onMessage(m),
    gone: async () => {
      await onDisconnect();
    },
    saved,
    kept,
    cut: () => cut,
  };
}

describe('the claim form draft port', () => {
  it('saves the last unsaved draft when the form goes', async () => {
    const port = draftPort();
    port.send({ id: ID, patch: { note: 'a' } });
    port.send({ id: ID, patch: { note: 'ab' } });
    await port.gone();
    expect(port.saved).toEqual([[ID, { note: 'ab' }]]);
  });

  it('saves nothing when the form said all was saved, or the reader discarded it', async () => {
    const port = draftPort();
    port.send({ id: ID, patch: { note: 'a' } });
    port.send({ id: ID, patch: null });
    await port.gone();
    expect(port.saved).toEqual([]);
  });

  it('refuses a malformed draft or one about another claim, and closes the port', async () => {
    const bad = draftPort();
    bad.send({ id: ID, patch: { note: 'a', url: 'https://evil.example' } });
    expect(bad.cut()).toBe(true);
    const other = draftPort();
    other.send({ id: ID, patch: { note: 'a' } });
    other.send({ id: OTHER, patch: { note: 'b' } });
    expect(other.cut()).toBe(true);
    await other.gone();
    expect(other.saved).toEqual([[ID, { note: 'a' }]]);
  });

  it("keeps a note too long to save as the claim's draft, beside the fields it saves", async () => {
    const port = draftPort();
    const long = 'n'.repeat(20_800);
    port.send({ id: ID, patch: { tags: ['a'] }, noteDraft: long });
    await port.gone();
    expect(port.saved).toEqual([[ID, { tags: ['a'] }]]);
    expect(port.kept).toEqual([[ID, long]]);
  });

  it('drops the kept draft when the form says the note is no longer over the limit', async () => {
    const port = draftPort();
    port.send({ id: ID, patch: null, noteDraft: 'n'.repeat(20_800) });
    port.send({ id: ID, patch: { note: 'short' }, noteDraft: null });
    await port.gone();
    expect(port.kept).toEqual([[ID, null]]);
  });

  it("speaks only for the claim its form's address names, whatever the message says", async () => {
    // An extension page that is not this claim's form (another claim's form, the options page)
    // writes nothing through the port, though its message is well formed.
    for (const url of [
      `chrome-extension://abc/claim-form.html?claim=${OTHER}&frame=0`,
      'chrome-extension://abc/options.html',
      `chrome-extension://abc/sidepanel.html?claim=${ID}`,
      'not an address',
    ]) {
      const port = draftPort(url);
      port.send({ id: ID, patch: { note: 'never typed in this form' }, noteDraft: 'n'.repeat(20_800) });
      await port.gone();
      expect(port.cut()).toBe(true);
      expect([port.saved, port.kept]).toEqual([[], []]);
    }
    expect(formClaim(`chrome-extension://abc/claim-form.html?claim=${ID}`)).toBe(ID);
  });

  it('writes nothing for a form framed where its claim was never handed out', async () => {
    // The address is this claim's form, but the page it sits in framed it itself
    // (claim-form-access.ts refuses it): the port closes and its draft is dropped.
    const port = draftPort(undefined, Promise.resolve(false));
    port.send({ id: ID, patch: { note: 'pwned' }, noteDraft: 'n'.repeat(20_800) });
    await port.gone();
    expect([port.saved, port.kept]).toEqual([[], []]);
    expect(port.cut()).toBe(true);
  });

  it('refuses a draft over the longest kept', async () => {
    const port = draftPort();
    port.send({ id: ID, patch: null, noteDraft: 'n'.repeat(1_000_001) });
    expect(port.cut()).toBe(true);
  });
});
