/**
 * In the dark, Firefox draws the scrollbars of Backstory's card and claim form dark too: a page
 * left in the light scheme gave Backstory's UI the light scheme's white scrollbars, a bright bar
 * down a dark card (200 % zoom, where both scroll). The bar is read off a screenshot, as the
 * reader sees it. `BACKSTORY_E2E_SHOTS` names a folder for the screenshots.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wireMessage } from '../../scripts/lib/extension-tabs';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { POLL, until } from '../poll';
import { inFormFrame, selectParagraph } from './page';

let session: FirefoxSession;
let page: Page;
let driver: Page;
let tabId: number;

beforeAll(async () => {
  session = await startFirefoxSession({
    prefs: {
      'layout.css.devPixelsPerPx': '2.0',
      'layout.css.prefers-color-scheme.content-override': 0,
      'ui.systemUsesDarkTheme': 1,
    },
  });
  driver = await session.openExtensionPage('options.html');
  page = await session.openFixture('article.html');
  await page.setViewport({ width: 640, height: 450 });
  await until(
    async () => (await page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the names to be marked',
  );
  tabId = (await driver.evaluate(
    async () => (await browser.tabs.query({ url: '*://127.0.0.1/*' }))[0]!.id!,
  )) as number;
});
afterAll(async () => {
  await session?.close();
});

const toTab = (name: Parameters<typeof wireMessage>[0], data: unknown) =>
  driver.evaluate(
    (id, message) => browser.tabs.sendMessage(id, message, { frameId: 0 }),
    tabId,
    wireMessage(name, data),
  );

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs `body` (a function body) with `root`, Backstory's closed shadow root on the page. */
async function inOwnUi<T>(body: string): Promise<T> {
  const target = { context: session.contextOf(page) };
  const hosts = (await session.bidi.send('script.evaluate', {
    expression: '[...document.documentElement.children]',
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { result?: { value?: { value?: { shadowRoot?: { sharedId: string } } }[] } } };
  const root = (hosts.result.result?.value ?? []).find((n) => n.value?.shadowRoot)?.value?.shadowRoot;
  if (!root) throw new Error("Backstory's UI is not on the page");
  const reply = (await session.bidi.send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((() => { ${body} })() ?? null)`,
    arguments: [{ sharedId: root.sharedId }],
    target,
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
  if (reply.result.type !== 'success') throw new Error(String(reply.result.exceptionDetails?.text));
  return JSON.parse(String(reply.result.result?.value)) as T;
}

/**
 * The strip a scrolling element's vertical scrollbar takes, in `el`'s viewport, when it scrolls
 * (the source of a function of `el`, for the page or the claim form's frame).
 */
const SCROLLBAR = `(el) => {
  if (!el || el.scrollHeight <= el.clientHeight) return null;
  const box = el.getBoundingClientRect();
  const bar = el.offsetWidth - el.clientWidth - el.clientLeft * 2;
  return { x: box.right - el.clientLeft - bar, y: box.top + 4, width: bar, height: box.height - 8 };
}`;

/** How light a part of the window is, 0 (black) to 255 (white), from a screenshot. */
async function lightness(box: Box): Promise<number> {
  const png = await page.screenshot({ encoding: 'base64', clip: box });
  return driver.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
    return sum / (pixels.length / 4);
  }, png);
}

async function shot(name: string) {
  const dir = process.env['BACKSTORY_E2E_SHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

it("draws the card's scrollbar dark", async () => {
  // The keyboard's way to the first name's card (Alt+Shift+., a browser command).
  await toTab('stepMention', { direction: 1 });
  const bar = () =>
    inOwnUi<Box | null>(
      `return (${SCROLLBAR})(root.querySelector('.bs-popover:not([hidden]) .bs-popover-body'));`,
    );
  await expect.poll(async () => (await bar())?.width ?? 0, POLL).toBeGreaterThan(4);
  await shot('firefox-dark-zoom200-card');
  expect(await lightness((await bar())!)).toBeLessThan(128);
});

it("draws the claim form's scrollbar dark", async () => {
  // The card, opened with focus, goes with Esc: it would lie over the form.
  await page.keyboard.press('Escape');
  const card = () => inOwnUi<boolean>(`return !!root.querySelector('.bs-popover:not([hidden])');`);
  await expect.poll(card, POLL).toBe(false);
  await selectParagraph(page, 'Shehbaz Sharif phoned');
  await toTab('markSelection', {});
  await expect
    .poll(
      () => inFormFrame<string>(session, page, `document.querySelector('[role=status]')?.textContent`),
      POLL,
    )
    .toBe('Saved ✓');
  await shot('firefox-dark-zoom200-claim-form');
  // The form's frame sizes itself to its content, so whether its middle scrolls at a given
  // moment is a race: the scheme its scrollers are drawn in is read instead (the extension
  // pages' own "light dark" drew a white bar here, as on the card).
  const scheme = `getComputedStyle(document.querySelector('.bs-form-body')).colorScheme`;
  expect(await inFormFrame<string>(session, page, scheme)).toBe('dark');
});
