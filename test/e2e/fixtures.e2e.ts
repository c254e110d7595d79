/**
 * Detection on the labelled fixture pages in real Chromium, including what only a browser can
 * show: posts a live blog appends, an SPA route change, text inside shadow roots and iframes, a
 * page under a strict Content-Security-Policy, a dark page. Counts per entity are compared with
 * the labels; precision and recall themselves are measured on the static HTML by the unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fixturesDir, startSession, wireMessage, type Session } from './harness';
import { countsIn, countsOf, staticCounts } from './static-counts';
import { POLL } from '../poll';

let session: Session;
const CSP = "default-src 'self'";

beforeAll(async () => {
  session = await startSession({ headers: { '/strict-csp.html': { 'content-security-policy': CSP } } });
  // Every mention drawn: these tests check what is found and where it is drawn (the quiet
  // default, the first mention per section, is tested in reader-quiet.e2e.ts).
  await session.updateSettings({ highlightScope: 'all' });
});
afterAll(async () => {
  await session?.close();
});

type Label = { text: string; entity: string };
function labels(page: string): Record<string, Label[]> {
  return JSON.parse(readFileSync(join(fixturesDir, `${page}.expected.json`), 'utf8')) as Record<
    string,
    Label[]
  >;
}

/** Entity counts the content script reports for the page's top frame. */
async function foundCounts(page: Page): Promise<Record<string, number>> {
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
    res: { ok: boolean; value: { entities: { id: string; count: number }[] } };
  };
  return Object.fromEntries(reply.res.value.entities.map((e) => [e.id, e.count]));
}

async function open(path: string) {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(new URL(path, session.server.url).href);
  return { page, problems };
}

describe('detection on dynamic fixture pages', () => {
  it('finds the mentions in posts a live blog appends, as they arrive', async () => {
    const { page, problems } = await open('live-blog.html');
    const { mentions, later } = labels('live-blog');
    await page.waitForSelector('html[data-live-done]', POLL);
    await expect.poll(() => foundCounts(page), POLL).toEqual(countsOf([...mentions!, ...later!]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('rescans after an SPA route change', async () => {
    const { page, problems } = await open('spa.html');
    const { mentions, later } = labels('spa');
    await expect.poll(() => foundCounts(page), POLL).toEqual(staticCounts('spa.html'));
    await page.click('#route-2');
    await expect.poll(() => page.url(), POLL).toContain('route=economy');
    // After the route change the page must read as if freshly loaded with the new content.
    const expected = async () => {
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      const doc = parseHTML(html).document;
      return countsIn(doc);
    };
    const sorted = (counts: Record<string, number>) => JSON.stringify(Object.entries(counts).toSorted());
    await expect
      .poll(async () => sorted(await foundCounts(page)) === sorted(await expected()), POLL)
      .toBe(true);
    const found = await foundCounts(page);
    for (const [id, n] of Object.entries(countsOf(later!))) expect(found[id] ?? 0).toBeGreaterThanOrEqual(n);
    expect(Object.keys(found)).not.toEqual(Object.keys(countsOf(mentions!)));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads text inside open shadow roots', async () => {
    const { page, problems } = await open('shadow.html');
    const { mentions, shadow } = labels('shadow');
    await expect.poll(() => foundCounts(page), POLL).toEqual(countsOf([...mentions!, ...shadow!]));
    // The highlight ranges really sit inside the shadow trees.
    const inShadow = await page.evaluate(
      () =>
        [...(CSS.highlights.get('backstory-actor') ?? [])].filter(
          (r) => r.startContainer.getRootNode() instanceof ShadowRoot,
        ).length,
    );
    expect(inShadow).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads the page and its iframe, each in its own frame', async () => {
    const { page, problems } = await open('iframe-host.html');
    const { frame } = labels('iframe-host');
    await expect.poll(() => foundCounts(page), POLL).toEqual(staticCounts('iframe-host.html'));
    const inner = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
    const size = () =>
      inner.evaluate(
        () =>
          (CSS.highlights.get('backstory-actor')?.size ?? 0) +
          (CSS.highlights.get('backstory-event')?.size ?? 0),
      );
    await expect.poll(size, POLL).toBe(frame!.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy without violations', async () => {
    const { page, problems } = await open('strict-csp.html');
    const violations: string[] = [];
    await page.exposeFunction('backstoryReportViolation', (v: string) => violations.push(v));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { backstoryReportViolation: (v: string) => void }).backstoryReportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    const { mentions, later } = labels('strict-csp');
    await page.waitForSelector('html[data-update-appended]', POLL);
    await expect.poll(() => foundCounts(page), POLL).toEqual(countsOf([...mentions!, ...later!]));
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toBe(CSP);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('chooses a palette that reads on a dark page', async () => {
    const { page } = await open('dark.html');
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    const rules = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n'),
    );
    expect(rules).toContain('::highlight(backstory-actor)');
    expect(rules).toContain('rgba(160, 185, 225, 0.85)'); // the light-on-dark actor colour
    const light = await open('layout-tabloid.html');
    await expect
      .poll(() => light.page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    const lightRules = await light.page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n'),
    );
    expect(lightRules).toContain('rgba(60, 90, 140, 0.7)');
    await light.page.close();
    await page.close();
  });

  it('reads right-to-left pages, Latin and Urdu names alike', async () => {
    const { page, problems } = await open('rtl.html');
    const { mentions } = labels('rtl');
    await expect.poll(() => foundCounts(page), POLL).toEqual(countsOf(mentions!));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds on the static news layouts what the Node pipeline finds, without console errors', async () => {
    for (const name of ['layout-broadsheet', 'layout-wire', 'layout-tabloid', 'layout-magazine', 'dark']) {
      const { page, problems } = await open(`${name}.html`);
      const expected = staticCounts(`${name}.html`);
      await expect.poll(() => foundCounts(page), { ...POLL, message: name }).toEqual(expected);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
