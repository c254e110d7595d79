import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirefoxExtensionApi } from './firefox-api';
import { extensionErrors } from './console';
import { highlighted } from './page';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { clickInSidebar, inSidebar, searchInSidebar, sidebarState, sidebarText } from './sidebar';
import { POLL } from '../poll';

let session: FirefoxSession;
/** An extension page in a background tab, from which the sidebar's document is reached. */
let driver: Page;

beforeAll(async () => {
  session = await startFirefoxSession();
  driver = await session.openExtensionPage('options.html');
});
afterAll(async () => {
  await session?.close();
});

describe('the Firefox build in Firefox', () => {
  it('installs with the manifest Firefox needs: a sidebar_action, no Chrome side panel', async () => {
    const manifest = await driver.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Backstory');
    expect(manifest.manifest_version).toBe(3);
    // Firefox resolves the panel to a full URL when it parses the manifest.
    const keys = manifest as Record<string, unknown>;
    expect(keys['sidebar_action']).toMatchObject({ default_panel: `${session.origin}sidepanel.html` });
    expect(keys['side_panel']).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('opens its sidebar in the browser window at install, showing the side panel page', async () => {
    const widgetId = session.addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
    // `sidebar_action.open_at_install` defaults to true: no user gesture is needed to see it.
    await expect
      .poll(() => sidebarState(session), POLL)
      .toMatchObject({
        open: true,
        commandId: `${widgetId}-sidebar-action`,
        url: `${session.origin}sidepanel.html`,
      });
    const { width, height } = await sidebarState(session);
    expect(width).toBeGreaterThan(150);
    expect(height).toBeGreaterThan(300);
    // The extension sees the same sidebar.
    const views = await driver.evaluate(async () => {
      const api = (globalThis as unknown as { browser: FirefoxExtensionApi }).browser;
      return {
        open: await api.sidebarAction.isOpen({}),
        sidebars: api.extension.getViews({ type: 'sidebar' }).map((view) => view.location.href),
      };
    });
    expect(views).toEqual({ open: true, sidebars: [`${session.origin}sidepanel.html`] });
  });

  it('renders the side panel in the sidebar, laid out, without errors', async () => {
    await expect
      .poll(
        () =>
          inSidebar(driver, (view) =>
            [...view.document.querySelectorAll('[role=tab]')].map((t) => t.textContent?.trim()),
          ),
        POLL,
      )
      .toEqual(['On this page', 'Claims', 'Explore']);
    const layout = await inSidebar(driver, (view) => ({
      width: view.innerWidth,
      main: view.document.querySelector('main')?.getBoundingClientRect().height ?? 0,
    }));
    expect(layout.width).toBeGreaterThan(150);
    expect(layout.main).toBeGreaterThan(0);
    expect(await extensionErrors(session)).toEqual([]);
  });

  it('has tabs that follow the ARIA tabs pattern from the keyboard (the panel’s page, in a tab)', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    await panel.bringToFront();
    await panel.waitForSelector('#tab-page');
    await panel.focus('#tab-page');
    const state = () =>
      panel.evaluate(() => ({
        selected: document.querySelector('[role=tab][aria-selected=true]')?.textContent,
        focused: document.activeElement?.textContent,
        stops: document.querySelectorAll('[role=tab][tabindex="0"]').length,
      }));
    await panel.keyboard.press('ArrowRight');
    expect(await state()).toEqual({ selected: 'Claims', focused: 'Claims', stops: 1 });
    await panel.keyboard.press('End');
    expect(await state()).toEqual({ selected: 'Explore', focused: 'Explore', stops: 1 });
    await panel.keyboard.press('Home');
    expect(await state()).toEqual({ selected: 'On this page', focused: 'On this page', stops: 1 });
    await panel.close();
  });

  it('shows what the content script found on the tab beside it, and reveals a mention', async () => {
    const page = await session.openFixture('article.html');
    const people = 'section[aria-label="People"]';
    await expect.poll(() => sidebarText(driver, people), POLL).toMatch(/Asim Munir[\s\S]*Donald Trump/);
    const text = await sidebarText(driver);
    expect(text).toContain('Pakistan weighs its options');
    expect(text).toMatch(/\d+ actors and events found on this page\./);
    expect(await clickInSidebar(driver, 'Donald Trump', people)).toBe(true);
    // The mention includes the title the page gives him.
    await expect.poll(() => highlighted(page, 'backstory-flash'), POLL).toEqual(['President Donald Trump']);
    expect(await extensionErrors(session)).toEqual([]);
    await page.close();
  });

  it('searches the seed knowledge base in Explore and shows an actor with a sourced quote', async () => {
    expect(await clickInSidebar(driver, 'Explore', '[role=tablist]')).toBe(true);
    await searchInSidebar(driver, 'Asim Munir');
    await expect.poll(() => clickInSidebar(driver, 'Asim Munir', '.results'), POLL).toBe(true);
    await expect.poll(() => sidebarText(driver, 'article h2'), POLL).toBe('Asim Munir');
    const claim = await inSidebar(driver, (view) => {
      const item = view.document.querySelector('article .bs-claims li');
      return {
        badge: item?.querySelector('.bs-badge')?.textContent ?? '',
        quote: (item?.querySelector('.bs-quote')?.textContent ?? '').replace(/^“|”$/g, ''),
        source: item?.querySelector('.bs-source')?.textContent ?? '',
      };
    });
    expect(claim.badge).toMatch(/stated as fact|reported|analysis|opinion/);
    expect(claim.quote.length).toBeGreaterThan(10);
    expect(claim.source).not.toBe('');

    // The source line opens the source document in a tab, with the quote marked.
    expect(await clickInSidebar(driver, claim.source, 'article .bs-claims li')).toBe(true);
    const marked = () =>
      driver.evaluate(() =>
        (globalThis as unknown as { browser: FirefoxExtensionApi }).browser.extension
          .getViews({ type: 'tab' })
          .filter((view) => view.location.pathname === '/reader.html')
          .map((view) => view.document.querySelector('mark')?.textContent ?? ''),
      );
    await expect.poll(marked, POLL).toEqual([claim.quote]);
    expect(await extensionErrors(session)).toEqual([]);
  });
});
