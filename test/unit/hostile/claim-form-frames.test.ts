/**
 * A page (or a compromised renderer) that frames the claim form itself, at
 * `claim-form.html?claim=<id>`, reads and edits no claim it was not handed: the background answers
 * a form only for a claim the document in the frame its address names was given, on that
 * document's origin, while that document says it shows the form. The side panel and options page
 * edit any claim as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '@/lib/background/handlers';
import { createClaimFormAccess, MAX_GRANTS, type HostDocument } from '@/lib/background/claim-form-access';
import { backgroundDeps } from '../background/fake-background';
import { createClaimsService } from '@/lib/background/claims/service';
import { createKbService } from '@/lib/background/kb/service';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest, type RequestContext } from '@/lib/messaging/server';
import type { SenderKind } from '@/lib/messaging/protocol';
import { savedClaim } from '../claims/claim-fixture';
import { miniPack } from '../kb/mini-pack';
import { noSync } from '../sync/no-sync';
import { freshDb } from '../fresh-db';

const name = 'claim-form-frames-test';
/** Each test's background opens its own connection (`connect`), closed and the database deleted after it. */
const { connect } = freshDb(name);
const NEWS = 'https://news.example/world/munir-lunch?utm_source=feed';
const EVIL = 'https://evil.example/story';
const X = savedClaim().id;
const Y = '1b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02';

/** Session storage that outlives one background (a worker restart makes a new one). */
let session: unknown;
/** What each document shows now: its id → claims whose form is open in it. */
let shown: Map<string, Set<string>>;
let heights: [number, number, string][];
/** The names each frame's content script reports its page mentions (`pageMentions`). */
let mentions: Map<number, { id: string; label: string }[]>;
let handlers: ReturnType<typeof createBackgroundHandlers>;
let access: ReturnType<typeof createClaimFormAccess>;
let close: () => Promise<void>;

function startBackground() {
  const getDb = connect();
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claims = createClaimsService({ getDb, kb });
  access = createClaimFormAccess({
    load: async () => session,
    save: async (grants) => {
      session = structuredClone(grants);
    },
    // A document is asked by its id; without one (Firefox), by its frame.
    showsForm: async (_tab: number, host: HostDocument, id: string) =>
      shown.get(host.documentId ?? `frame ${host.frameId}`)?.has(id) ?? false,
  });
  handlers = createBackgroundHandlers(
    backgroundDeps({
      getDb,
      kb,
      claims,
      // A frame left out is the top frame, as the background asked before it named a frame.
      pageEntities: async (_tab: number, frame = 0) => mentions.get(frame) ?? [],
      claimFormHeight: async (tab, frame, id) => void heights.push([tab, frame, id]),
      echoes: { report: () => undefined, get: () => null } as never,
      sync: noSync(getDb),
      formAccess: access,
    }),
  );
  close = async () => (await getDb()).close();
}

beforeEach(() => {
  session = undefined;
  shown = new Map();
  heights = [];
  mentions = new Map();
  startBackground();
});

const ask = (request: string, data: unknown, sender: SenderKind, context: Omit<RequestContext, 'sender'>) =>
  handleRequest(backgroundRequests, handlers, request as 'updateClaim', data, sender, context);

/** A content script: tab, frame, document and page as the browser reports them. */
const page = (tabId: number, frameId: number, documentId: string | undefined, url: string) => ({
  tabId,
  frameId,
  documentId,
  url,
  origin: new URL(url).origin,
});
/** A claim form framed in a tab, at an address naming a claim and its host frame. */
const form = (tabId: number, claim: string, frame = 0) => ({
  tabId,
  frameId: 99,
  url: `chrome-extension://abc/claim-form.html?claim=${claim}&frame=${frame}`,
  origin: 'chrome-extension://abc',
});
const sidePanel = { url: 'chrome-extension://abc/sidepanel.html?tabId=1', origin: 'chrome-extension://abc' };
const options = { tabId: 4, frameId: 0, url: 'chrome-extension://abc/options.html' };

/** The reader marks X on the news site in tab 1 (document D1), and its form opens there. */
async function readerMarksX() {
  const saved = await ask('saveClaim', { claim: savedClaim() }, 'content-script', page(1, 0, 'D1', NEWS));
  expect(saved.ok).toBe(true);
  shown.set('D1', new Set([X]));
}
const noteOf = async (id: string) => {
  const reply = await ask('claimFormData', { id }, 'extension', options);
  return reply.ok ? (reply.value as unknown as { claim: { note: string } }).claim.note : undefined;
};
const refused = { ok: false, error: { code: 'forbidden' } };

describe('a claim form framed by a page', () => {
  it('opens and saves the claim its own page was handed (the reader’s flow)', async () => {
    await readerMarksX();
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject({ ok: true });
    expect(
      await ask('updateClaim', { id: X, patch: { note: 'mine' } }, 'extension', form(1, X)),
    ).toMatchObject({ ok: true });
    expect(await noteOf(X)).toBe('mine');
  });

  it('on another site, neither reads nor edits a claim whose id it learned', async () => {
    await readerMarksX();
    // Tab 2: the attacker's page, whose content script was handed only its own claims (none).
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(2, 0, 'D2', EVIL));
    shown.set('D2', new Set([X])); // a compromised renderer says whatever helps it
    expect(await ask('claimFormData', { id: X }, 'extension', form(2, X))).toMatchObject(refused);
    expect(
      await ask('updateClaim', { id: X, patch: { note: 'pwned' } }, 'extension', form(2, X)),
    ).toMatchObject(refused);
    // As the reader's page saved it: a page saves a claim without a note (lib/background/senders.ts).
    expect(await noteOf(X)).toBe('');
  });

  it('neither reads nor keeps a note draft for a claim its page was not handed', async () => {
    await readerMarksX();
    const long = 'kept '.repeat(5_000);
    await ask('keepNoteDraft', { id: X, note: long }, 'extension', sidePanel);
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(2, 0, 'D2', EVIL));
    shown.set('D2', new Set([X]));
    expect(await ask('noteDraft', { id: X }, 'extension', form(2, X))).toMatchObject(refused);
    expect(await ask('keepNoteDraft', { id: X, note: 'pwned' }, 'extension', form(2, X))).toMatchObject(
      refused,
    );
    // The side panel, and the form on the page that was handed X, read the reader's draft.
    expect(await ask('noteDraft', { id: X }, 'extension', sidePanel)).toEqual({ ok: true, value: long });
    expect(await ask('noteDraft', { id: X }, 'extension', form(1, X))).toEqual({ ok: true, value: long });
  });

  it('answers no guessed id, and no id other than the one in its own address', async () => {
    await readerMarksX();
    expect(await ask('claimFormData', { id: Y }, 'extension', form(1, Y))).toMatchObject(refused);
    // The address names X (handed out, on show); the message asks about Y.
    expect(await ask('claimFormData', { id: Y }, 'extension', form(1, X))).toMatchObject(refused);
    // A form whose address names no host frame is on no page that opened it.
    const bare = { ...form(1, X), url: `chrome-extension://abc/claim-form.html?claim=${X}` };
    expect(await ask('claimFormData', { id: X }, 'extension', bare)).toMatchObject(refused);
  });

  it('stops answering once the tab has moved to another site, or the form was closed', async () => {
    await readerMarksX();
    // The tab's top frame now holds another document (another site): D1 is gone.
    shown.delete('D1');
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(1, 0, 'D3', EVIL));
    shown.set('D3', new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject(refused);
    expect(
      await ask('updateClaim', { id: X, patch: { note: 'pwned' } }, 'extension', form(1, X)),
    ).toMatchObject(refused);
    // A replayed form on the same page after the reader closed theirs.
    await readerMarksX();
    shown.delete('D1');
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject(refused);
  });

  it('without document ids (Firefox), drops what a frame was handed once it holds another site', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'content-script', page(1, 0, undefined, NEWS));
    shown.set('frame 0', new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject({ ok: true });
    // The frame now holds the attacker's page, which was handed nothing and says what helps it.
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(1, 0, undefined, EVIL));
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject(refused);
  });

  it('in a page embedding the claim’s site, only the embedded frame’s form opens it', async () => {
    // Tab 1: the attacker's page on top (frame 0), the news site in frame 5, where the reader marked X.
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(1, 0, 'D4', EVIL));
    await ask('saveClaim', { claim: savedClaim() }, 'content-script', page(1, 5, 'D5', NEWS));
    shown.set('D4', new Set([X]));
    shown.set('D5', new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X, 0))).toMatchObject(refused);
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X, 5))).toMatchObject({ ok: true });
    // Its height goes to the frame showing it, never to the attacker's frame.
    await ask('resizeClaimForm', { id: X, height: 321 }, 'extension', form(1, X, 5));
    await ask('resizeClaimForm', { id: Y, height: 321 }, 'extension', form(1, X, 5));
    expect(heights).toEqual([[1, 5, X]]);
  });

  it('in a page embedding the claim’s site, offers the names the embedded page mentions, not the top page’s', async () => {
    await ask('claimsForPage', { url: EVIL, seenUrl: EVIL }, 'content-script', page(1, 0, 'D4', EVIL));
    await ask('saveClaim', { claim: savedClaim() }, 'content-script', page(1, 5, 'D5', NEWS));
    shown.set('D5', new Set([X]));
    mentions.set(0, [{ id: 'planted', label: 'A name only the attacker’s page shows' }]);
    mentions.set(5, [{ id: 'asim-munir', label: 'Asim Munir' }]);
    const reply = await ask('claimFormData', { id: X }, 'extension', form(1, X, 5));
    const offered = reply.ok ? (reply.value as unknown as { options: { id: string }[] }).options : [];
    expect(offered.map((o) => o.id)).toContain('asim-munir');
    expect(offered.map((o) => o.id)).not.toContain('planted');
  });

  it('offers only entities of the knowledge base, under its own labels, whatever names and labels the page’s renderer sends', async () => {
    await readerMarksX();
    mentions.set(0, [
      { id: 'mini-pakistan', label: 'Asim Munir' },
      { id: 'made-up', label: 'Your claims are lost: restore them at evil.example' },
      { id: { toString: null } as never, label: 'not even a string' },
      ...Array.from({ length: 5000 }, (_, i) => ({ id: `filler-${i}`, label: 'filler' })),
    ]);
    const reply = await ask('claimFormData', { id: X }, 'extension', form(1, X));
    const offered = reply.ok
      ? (reply.value as unknown as { options: { id: string; label: string }[] }).options
      : [];
    expect(offered.slice(savedClaim().entities.length)).toEqual([
      { id: 'mini-pakistan', label: 'Mini Pakistan' },
    ]);
  });

  it('keeps the reader’s form in one tab answering while a page in another embeds hundreds of frames of its site', async () => {
    await readerMarksX();
    // Tab 2: a page framing the reader's news site again and again; each frame is handed X.
    for (let frame = 1; frame <= MAX_GRANTS + 20; frame++)
      await ask(
        'claimsForPage',
        { url: NEWS, seenUrl: NEWS },
        'content-script',
        page(2, frame, `F${frame}`, NEWS),
      );
    expect(
      await ask(
        'updateClaim',
        { id: X, patch: { note: 'typed while the other tab loaded' } },
        'extension',
        form(1, X),
      ),
    ).toMatchObject({ ok: true });
    // The flooding tab's newest frame still works; its oldest were dropped, not the reader's.
    shown.set(`F${MAX_GRANTS + 20}`, new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(2, X, MAX_GRANTS + 20))).toMatchObject({
      ok: true,
    });
    expect((session as unknown[]).length).toBeLessThanOrEqual(MAX_GRANTS);
  });

  it('keeps serving an open form after the worker restarts', async () => {
    await readerMarksX();
    await close();
    startBackground();
    expect(
      await ask('updateClaim', { id: X, patch: { note: 'after' } }, 'extension', form(1, X)),
    ).toMatchObject({ ok: true });
    // And what a tab was handed goes with the tab.
    await access.forgetTab(1);
    startBackground();
    expect(await ask('claimFormData', { id: X }, 'extension', form(1, X))).toMatchObject(refused);
  });

  it('gives each tab on the same site only the claims its own page was handed', async () => {
    await readerMarksX();
    const other = 'https://news.example/other-story';
    await ask('claimsForPage', { url: other, seenUrl: other }, 'content-script', page(3, 0, 'D6', other));
    shown.set('D6', new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(3, X))).toMatchObject(refused);
    // The same article in a second tab is handed X, and its form opens it.
    await ask('claimsForPage', { url: NEWS, seenUrl: NEWS }, 'content-script', page(3, 0, 'D7', NEWS));
    shown.set('D7', new Set([X]));
    expect(await ask('claimFormData', { id: X }, 'extension', form(3, X))).toMatchObject({ ok: true });
  });

  it('lets the side panel and options page read and edit any claim', async () => {
    await readerMarksX();
    shown.clear();
    expect(
      await ask('updateClaim', { id: X, patch: { note: 'panel' } }, 'extension', sidePanel),
    ).toMatchObject({
      ok: true,
    });
    expect(await ask('claimFormData', { id: X }, 'extension', sidePanel)).toMatchObject({ ok: true });
    expect(await noteOf(X)).toBe('panel');
  });

  it('lets a draft port write only for a form it would answer', async () => {
    await readerMarksX();
    const may = (context: Omit<RequestContext, 'sender'>) =>
      access.require({ sender: 'extension', ...context }, X, NEWS).then(
        () => true,
        () => false,
      );
    expect(await may(form(1, X))).toBe(true);
    expect(await may(form(2, X))).toBe(false);
  });
});
