/**
 * Hostile strings end to end, in the built extension: a knowledge pack, news pages, claim
 * notes and tags, and import files all carry the corpus of `test/fixtures/hostile/`; then every
 * place that shows them — the hover card, the claim form, the side panel's tabs, the compare
 * view, the reader, the options page, the popup — and every export format is checked.
 *
 * Three kinds of evidence, because each alone can be fooled: no dialog opens and the flag the
 * payloads set stays unset in every page and frame (script ran nowhere); no payload-made element
 * or `on*` attribute is in the DOM, including Backstory's closed shadow root (extension pages
 * block inline script by CSP, so a flag alone would miss an injection there); and every link
 * or resource address is http(s) or Backstory's own.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startsFormula } from '../../lib/export/csv';
import { readImport } from '../../lib/import/read';
import { toAnnotation } from '../../lib/export/web-annotation';
import { normalizeDate } from '../../lib/claims/page-meta';
import type { SavedClaim } from '../../lib/claims/schema';
import { clickOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import {
  asTag,
  hostileBundle,
  hostileClaim,
  hostileClaims,
  hostileId,
  refusedClaims,
} from '../fixtures/hostile/claims';
import {
  allowedAddress,
  inspectTree,
  linksIn,
  ownUiHosts,
  serializeDom,
  type CdpNode,
  type InspectedElement,
} from '../fixtures/hostile/inspect';
import {
  brokenHostilePack,
  HOSTILE_ACTOR_ID,
  HOSTILE_SOURCE_ID,
  hostileActorLabel,
  hostileEventLabel,
  hostilePack,
  hostilePackTitle,
} from '../fixtures/hostile/pack';
import { hostileMeta, hostilePageHtml, paragraphId } from '../fixtures/hostile/page';
import { boundedPayloads, FLAG, payload } from '../fixtures/hostile/payloads';
import { claimForm, saveDetails } from './claim-page';
import { startSession, wireMessage, type RequestName, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;
/** `chrome-extension://<id>`, without the trailing slash. */
let extension: string;
const dialogs: string[] = [];
/** Console reports that the Content Security Policy blocked something (an injection attempt). */
const blocked: string[] = [];
const pageErrors: string[] = [];

const fileClaims = hostileClaims();
const refused = refusedClaims(fileClaims.length + 1);
/** W3C annotations for a few more hostile claims, plus one whose target is a javascript: URL. */
const w3cClaims = boundedPayloads.slice(0, 5).map((p, i) => hostileClaim(p, 500 + i));

/** Claims marked on the fixture pages, by what they cover. */
const marked: Record<'mouse' | 'corpus' | 'formula' | 'openGraph', string> = {
  mouse: '',
  corpus: '',
  formula: '',
  openGraph: '',
};

beforeAll(async () => {
  session = await startSession({
    pages: {
      '/hostile/citation.html': hostilePageHtml('citation'),
      '/hostile/open-graph.html': hostilePageHtml('open-graph'),
    },
  });
  extension = session.origin.replace(/\/$/, '');
  session.context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load|frame|apply)/i.test(message.text()))
        blocked.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error)}`));
  };
  session.context.pages().forEach(watch);
  session.context.on('page', watch);
});

afterAll(async () => {
  await session?.close();
});

/** What the extension's pages load in their `<head>`: charset and name metadata, scripts and styles. */
const ownBuild = (e: InspectedElement) =>
  (e.tag === 'meta' && (e.attrs['charset'] !== undefined || e.attrs['name'] !== undefined)) ||
  (e.tag === 'link' &&
    /^(stylesheet|modulepreload)$/.test(e.attrs['rel'] ?? '') &&
    /^\/(chunks|assets)\//.test(e.attrs['href'] ?? '')) ||
  (e.tag === 'script' &&
    e.attrs['type'] === 'module' &&
    /^\/(chunks|assets)\//.test(e.attrs['src'] ?? '') &&
    e.text === '');

function flagIn(target: Page | Frame): Promise<unknown> {
  return target.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], FLAG);
}

/** An extension page (or frame): clean DOM, only allowed links, the flag unset; returns its text. */
async function checkExtensionPage(target: Page | Frame): Promise<string> {
  const tree = await target.evaluate(serializeDom, 'html');
  const head = tree.children.find((e) => e.tag === 'head')!;
  const body = tree.children.find((e) => e.tag === 'body')!;
  expect(tree.children.map((e) => e.tag)).toEqual(['head', 'body']);
  expect(inspectTree(head, { extensionOrigin: extension, allow: ownBuild })).toEqual([]);
  // Nothing is excused in the body: not even a same-origin script or stylesheet.
  expect(inspectTree(body, { extensionOrigin: extension })).toEqual([]);
  expect(linksIn(tree).filter((href) => !allowedAddress(href, extension))).toEqual([]);
  expect(await flagIn(target)).toBeUndefined();
  expect(await target.evaluate(unisolatedBidi)).toEqual([]);
  return target.evaluate(() => document.body.innerText);
}

/**
 * Text with bidi controls (U+202E and the like) that could reorder the text around it: each must
 * sit in an element that isolates it (`<bdi>`, `unicode-bidi: isolate` or `plaintext`), or be the
 * only text of its block, whose paragraph ends the controls' reach.
 */
function unisolatedBidi(): string[] {
  const controls = /[\u202A-\u202E\u2066-\u2069]/;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !controls.test(node.data)) continue;
    const style = getComputedStyle(parent);
    const isolated = ['isolate', 'plaintext', 'isolate-override'].includes(style.unicodeBidi);
    const alone = style.display !== 'inline' && parent.childNodes.length === 1;
    if (!isolated && !alone) found.push(`<${parent.localName}> ${JSON.stringify(node.data.slice(0, 60))}`);
  }
  return found;
}

/** Backstory's UI on a web page, read through the DevTools protocol (its shadow root is closed). */
async function checkOwnUi(page: Page): Promise<InspectedElement[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // The claim form is framed from a per-session address of the extension (use_dynamic_url),
    // which the browser loads as Backstory's own claim-form page: accept the frame's address
    // only when a frame of the page did load that page, for that claim, from the extension.
    const loadedFrames = () =>
      new Set(
        page
          .frames()
          .map((f) => f.url())
          .filter((url) => url.startsWith(`${extension}/claim-form.html?claim=`))
          .map((url) => url.slice(extension.length)),
      );
    // The form's address: its claim, the key for its Tab-out port (form-focus.ts), its frame.
    const formAddress = (src: string) =>
      /^(chrome-extension:\/\/[a-z0-9-]+)(\/claim-form\.html\?claim=[0-9a-f-]{36}&key=[0-9-]+&frame=\d+)$/.exec(
        src,
      );
    const iframes = (e: InspectedElement): string[] => [
      ...(e.tag === 'iframe' ? [e.attrs['src'] ?? ''] : []),
      ...e.children.flatMap(iframes),
    ];
    const snapshot = async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const hosts = ownUiHosts(root);
      return { hosts, srcs: hosts.flatMap(iframes), loaded: loadedFrames() };
    };
    // A form Backstory has just framed may not have loaded yet: wait until every frame shaped like
    // the form's address has, for as long as POLL allows. One that never loads is reported below.
    let seen = await snapshot();
    const deadline = Date.now() + POLL.timeout;
    while (
      seen.srcs.some((src) => {
        const match = formAddress(src);
        return match !== null && !seen.loaded.has(match[2]!);
      }) &&
      Date.now() < deadline
    ) {
      await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
      seen = await snapshot();
    }
    const { hosts, loaded } = seen;
    const framedOwn = (src: string) => {
      const match = formAddress(src);
      return match && loaded.has(match[2]!) ? match[1]! : undefined;
    };
    const origins = [extension, ...hosts.flatMap(iframes).flatMap((src) => framedOwn(src) ?? [])];
    for (const host of hosts) {
      const problems = inspectTree(host, {
        extensionOrigin: origins,
        allow: (e) =>
          e.tag === 'iframe' &&
          e.attrs['class'] === 'bs-form-frame' &&
          framedOwn(e.attrs['src'] ?? '') !== undefined,
      });
      expect(problems).toEqual([]);
      expect(linksIn(host).filter((href) => !allowedAddress(href, origins))).toEqual([]);
    }
    expect(await flagIn(page)).toBeUndefined();
    return hosts;
  } finally {
    await cdp.detach();
  }
}

async function openHostile(variant: 'citation' | 'open-graph'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL(`hostile/${variant}.html`, session.server.url).href);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
    .toBeGreaterThan(0);
  return page;
}

/** Selects the text of an element (or from one element's text to another's), ending with Shift. */
async function selectElements(page: Page, fromId: string, toId = fromId) {
  await page.evaluate(
    ([from, to]) => {
      const start = document.getElementById(from!)!.firstChild!;
      const end = document.getElementById(to!)!.firstChild!;
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, end.textContent!.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [fromId, toId] as const,
  );
  // Backstory offers "Mark claim" after the reader's own keys or pointer only.
  await page.keyboard.press('Shift');
}

/** An extension page kept open for asking the background, as Backstory's own pages do. */
let asker: Page | undefined;

async function ask<T>(
  type: RequestName,
  data: unknown,
): Promise<{
  ok: boolean;
  value: T;
  error?: { code: string; message: string; issues?: { path: string }[] };
}> {
  asker ??= await session.openExtensionPage('options.html');
  const reply = (await asker.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(type, data))) as {
    res: { ok: boolean; value: T; error?: { code: string; message: string; issues?: { path: string }[] } };
  };
  return reply.res;
}

const listClaims = async () =>
  (await ask<{ claims: SavedClaim[] }>('listClaims', { query: {} })).value.claims;

/** Marks the current selection through the context-menu path. */
async function markSelection(page: Page): Promise<SavedClaim> {
  const before = new Set((await listClaims()).map((c) => c.id));
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('markSelection', {}))) as {
    res: { value: boolean };
  };
  expect(reply.res.value).toBe(true);
  let added: SavedClaim | undefined;
  await expect
    .poll(async () => (added = (await listClaims()).find((c) => !before.has(c.id))), POLL)
    .toBeDefined();
  return added!;
}

/** Page metadata as Backstory should have captured it (whitespace-collapsed text). */
const asMeta = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

describe('hostile strings in the browser', () => {
  it('installs a knowledge pack full of payloads as text, and refuses the broken one where it is broken', async () => {
    const options = await session.openExtensionPage('options.html');
    const packs = options.getByRole('list', { name: 'Installed knowledge packs' });
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(1);
    const input = options.getByLabel('Import a pack (JSON)');
    const broken = brokenHostilePack();
    await input.setInputFiles({
      name: `${payload('event-handler/img-onerror')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken.pack)),
    });
    const problems = options.getByRole('list', { name: 'Problems found' });
    await expect.poll(() => problems.textContent(), POLL).toContain(broken.paths[0]);
    expect(await problems.textContent()).toContain(broken.paths[1]);
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toContain(`${payload('event-handler/img-onerror')}.json was not imported`);
    await checkExtensionPage(options);

    await input.setInputFiles({
      name: 'hostile-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostilePack())),
    });
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toContain(`Imported “${hostilePackTitle}”: 2 entities`);
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(2);
    const text = await checkExtensionPage(options);
    expect(text).toContain(hostilePackTitle);
    await options.close();
  });

  it('shows the hover card of a payload-labelled actor as text in the page’s UI', async () => {
    const page = await openHostile('citation');
    const point = await page.evaluate(() => {
      const node = document.getElementById('lede')!.firstChild!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 'Zebulon Quartermaine'.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(point.x - 60, point.y - 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-popover h2'))?.text, POLL)
      .toBe(hostileActorLabel);
    // The card's whole tree is inspected: anything that could run would have to be in it.
    expect((await checkOwnUi(page)).length).toBeGreaterThan(0);
    const summary = await visibleOwnUi(page, '.bs-popover .bs-summary');
    expect(summary?.text).toBe(payload('frame-embed/iframe-srcdoc'));
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('marks claims on a hostile page: page text and metadata are stored as text, never a javascript: address', async () => {
    const page = await openHostile('citation');
    const seen = page.url();
    const meta = hostileMeta.citation;

    // With the mouse, as a reader would; then a note and tags typed into the claim form.
    await selectElements(page, paragraphId('event-handler/img-onerror'));
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) !== undefined, POLL)
      .toBe(true);
    await clickOwnUi(page, '.bs-mark-button');
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    const note = payload('markup-breakout/textarea');
    const tags = boundedPayloads
      .map((p) => p.text)
      .filter((t) => asTag(t) && !t.includes(','))
      .slice(0, 12);
    await form.getByLabel('Note').fill(note);
    await form.getByLabel('Tags (comma-separated)').fill(tags.join(', '));
    await saveDetails(form);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    await checkExtensionPage(form);
    await checkOwnUi(page);
    const byMouse = (await listClaims()).find((c) => c.note === note)!;
    expect(byMouse).toMatchObject({
      url: seen,
      seenUrl: seen,
      tags,
      selectors: { quote: { exact: payload('event-handler/img-onerror') } },
      page: {
        title: asMeta(meta.title, 1000),
        siteName: asMeta(meta.siteName, 300),
        authors: meta.authors.map((a) => asMeta(a, 300)),
        published: normalizeDate(meta.published),
      },
    });
    marked.mouse = byMouse.id;

    // The whole corpus in one selection, and a formula on its own.
    await selectElements(page, paragraphId(boundedPayloads[0]!.id), paragraphId(boundedPayloads.at(-1)!.id));
    const corpus = await markSelection(page);
    expect(corpus.url).toBe(seen);
    expect(corpus.selectors.quote.exact).toContain(payload('url-scheme/data-base64'));
    expect(corpus.selectors.quote.exact).toContain(payload('unicode/rlo'));
    marked.corpus = corpus.id;
    await selectElements(page, paragraphId('csv-formula/dde'));
    const formula = await markSelection(page);
    expect(formula.selectors.quote.exact).toBe(payload('csv-formula/dde'));
    marked.formula = formula.id;
    await checkOwnUi(page);
    await page.close();

    const og = await openHostile('open-graph');
    await selectElements(og, paragraphId('csv-formula/hyperlink'));
    const fromOg = await markSelection(og);
    const ogMeta = hostileMeta['open-graph'];
    expect(fromOg).toMatchObject({
      url: og.url(),
      page: {
        title: asMeta(ogMeta.title, 1000),
        siteName: asMeta(ogMeta.siteName, 300),
        authors: ogMeta.authors.map((a) => asMeta(a, 300)),
        published: normalizeDate(ogMeta.published),
      },
    });
    marked.openGraph = fromOg.id;
    await checkOwnUi(og);
    await og.close();
  });

  it('keeps payload notes and tags set from an extension page exactly, and refuses an oversize note with its path', async () => {
    const note = boundedPayloads.map((p) => p.text).join('\n\n');
    const tags = [...new Set(boundedPayloads.map((p) => asTag(p.text)).filter((t) => t !== undefined))];
    // Linked to the pack's actor too, for the compare view.
    const entities = [HOSTILE_ACTOR_ID];
    const updated = await ask<SavedClaim>('updateClaim', {
      id: marked.corpus,
      patch: { note, tags, entities },
    });
    expect(updated.error).toBeUndefined();
    expect(updated.value).toMatchObject({ note, tags, entities });
    const tooLong = await ask<SavedClaim>('updateClaim', {
      id: marked.corpus,
      patch: { note: payload('oversize/long-ascii') },
    });
    expect(tooLong.ok).toBe(false);
    expect(tooLong.error?.issues?.map((i) => i.path)).toContain('patch.note');
  });

  it('imports files of hostile claims exactly, refusing bad records with their JSON path', async () => {
    const options = await session.openExtensionPage('options.html');
    const input = options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)');
    const preview = options.getByRole('region', { name: 'Import preview' });
    await input.setInputFiles({
      name: `${payload('markup-breakout/attr-double')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostileBundle(fileClaims, refused))),
    });
    await expect
      .poll(() => preview.textContent(), POLL)
      .toContain(`${fileClaims.length} new, 0 updated, 0 unchanged, ${refused.length} invalid`);
    const problems = await options.getByRole('list', { name: 'Problems found' }).textContent();
    for (const [k, r] of refused.entries())
      expect(problems).toContain(`claims[${fileClaims.length + k}].${r.path}`);
    await checkExtensionPage(options);
    await preview.getByRole('button', { name: `Import ${fileClaims.length} claims` }).click();
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toMatch(new RegExp(`Imported ${fileClaims.length} new`));

    const badTarget = { ...toAnnotation(w3cClaims[0]!), id: `urn:uuid:${hostileId(900)}` };
    badTarget.target = { ...badTarget.target, source: payload('url-scheme/javascript') };
    await input.setInputFiles({
      name: 'annotations.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify([...w3cClaims.map(toAnnotation), badTarget])),
    });
    await expect
      .poll(() => preview.textContent(), POLL)
      .toContain(`${w3cClaims.length} new, 0 updated, 0 unchanged, 1 invalid`);
    expect(await options.getByRole('list', { name: 'Problems found' }).textContent()).toContain(
      `[${w3cClaims.length}].target.source`,
    );
    await preview.getByRole('button', { name: `Import ${w3cClaims.length} claims` }).click();
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toMatch(new RegExp(`Imported ${w3cClaims.length} new`));
    await checkExtensionPage(options);
    await options.close();

    const stored = new Map((await listClaims()).map((c) => [c.id, c]));
    expect([...fileClaims, ...w3cClaims].map((c) => stored.get(c.id))).toEqual([...fileClaims, ...w3cClaims]);
    for (const r of refused) expect(stored.has(r.claim['id'] as string)).toBe(false);
  });

  it('shows every claim as text in the side panel and exports every format safely', async () => {
    const all = await listClaims();
    expect(all).toHaveLength(fileClaims.length + w3cClaims.length + 4);
    const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    const list = panel.getByRole('list', { name: 'All claims' });
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(all.length);
    const text = await checkExtensionPage(panel);
    for (const id of ['event-handler/img-onerror', 'url-scheme/javascript', 'markup-breakout/textarea'])
      expect(text).toContain(payload(id));

    const download = async (format: string) => {
      await panel.getByLabel('Export format').selectOption(format);
      const [file] = await Promise.all([
        panel.waitForEvent('download', POLL),
        panel.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      return readFile((await file.path())!, 'utf8');
    };

    const json = JSON.parse(await download('json')) as { claims: SavedClaim[] };
    expect(new Map(json.claims.map((c) => [c.id, c]))).toEqual(new Map(all.map((c) => [c.id, c])));

    const w3c = readImport(await download('w3c'));
    expect(w3c.invalid).toEqual([]);
    expect(new Map(w3c.claims.map((c) => [c.id, c]))).toEqual(new Map(all.map((c) => [c.id, c])));

    const csl = JSON.parse(await download('csl')) as { title: string; URL: string }[];
    expect(csl.map((item) => item.title)).toContain(asMeta(hostileMeta.citation.title, 1000));
    expect(csl.every((item) => /^https?:\/\//.test(item.URL))).toBe(true);

    const csv = Papa.parse<string[]>((await download('csv')).trimEnd());
    expect(csv.errors).toEqual([]);
    const [, ...rows] = csv.data;
    expect(rows).toHaveLength(all.length);
    expect(rows.flat().filter((cell) => startsFormula(cell))).toEqual([]);
    expect(rows.map((r) => r[2])).toContain(`'${payload('csv-formula/dde')}`);

    // Markdown as a permissive note app renders it: raw HTML and every link protocol allowed.
    const md = await download('md');
    const html = micromark(md.replace(/^---\n[\s\S]*?\n---\n/, ''), {
      allowDangerousHtml: true,
      allowDangerousProtocol: true,
    });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const rendered = serializeDom('body', document as unknown as Document);
    expect(inspectTree(rendered, { extensionOrigin: extension })).toEqual([]);
    const pages = new Set(all.map((c) => c.url));
    const links = linksIn(rendered);
    expect(links.length).toBeGreaterThanOrEqual(all.length);
    expect(links.filter((href) => ![...pages].some((url) => href.startsWith(url)))).toEqual([]);
    expect(
      [...document.querySelectorAll('body *')]
        .map((e) => e.localName)
        .filter((tag) => !/^(h[1-3]|p|blockquote|strong|a)$/.test(tag)),
    ).toEqual([]);

    await checkExtensionPage(panel);
    await panel.close();
  });

  it('shows payload text inertly in the other views: on this page, explore, timeline, compare, reader, popup', async () => {
    const page = await openHostile('citation');
    const tabId = await session.tabIdOf(page);
    const onPage = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => onPage.getByRole('region', { name: 'On this page' }).textContent(), POLL)
      .toContain(hostileActorLabel);
    await checkExtensionPage(onPage);
    await onPage.getByRole('tab', { name: 'Claims' }).click();
    await expect
      .poll(
        () => onPage.getByRole('list', { name: 'Claims on this page' }).getByRole('listitem').count(),
        POLL,
      )
      .toBe(3);
    await checkExtensionPage(onPage);
    await onPage.close();

    const explore = await session.openExtensionPage(`sidepanel.html?entity=${HOSTILE_ACTOR_ID}`);
    const card = explore.getByRole('article');
    await expect.poll(() => card.getByRole('heading', { name: hostileActorLabel }).count(), POLL).toBe(1);
    expect(await card.textContent()).toContain(payload('svg-mathml/svg-script'));
    await checkExtensionPage(explore);
    await explore.getByRole('button', { name: 'Timeline' }).click();
    await expect
      .poll(() => explore.getByRole('list', { name: 'Events by date' }).textContent(), POLL)
      .toContain(hostileEventLabel);
    await checkExtensionPage(explore);
    await explore.close();

    const compare = await session.openExtensionPage(`sidepanel.html?tab=claims&compare=${HOSTILE_ACTOR_ID}`);
    const saved = compare.locator('tr[data-row] td:first-child [data-ref^="saved:"]');
    await expect.poll(() => saved.count(), POLL).toBeGreaterThan(0);
    await checkExtensionPage(compare);
    await compare.close();

    const pack = hostilePack();
    const quote = pack.claims[0]!;
    const reader = await session.openExtensionPage(
      `reader.html?source=${HOSTILE_SOURCE_ID}&start=${quote.start}&end=${quote.end}`,
    );
    await expect.poll(() => reader.locator('mark').textContent(), POLL).toBe(quote.quote);
    const readerText = await checkExtensionPage(reader);
    expect(readerText).toContain(pack.sources[0]!.title.value!);
    await reader.close();

    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Backstory' }).count(), POLL).toBe(1);
    await checkExtensionPage(popup);
    await popup.close();

    await checkOwnUi(page);
    await page.close();
  });

  it('ran no payload anywhere: no dialog, no blocked inline script, no page error', () => {
    expect(dialogs).toEqual([]);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
