/**
 * `npm run demo`: `npm start` without a window. Opens the demo page with Backstory loaded and
 * takes a screenshot of every state a reader meets — quiet highlights, the card (light, dark, at
 * 200 % zoom, 320 px wide, opened from the keyboard, expanded), the actions menu and its toast,
 * marking a claim and its form, the side panel's tabs, the settings and the source reader — into
 * demo-output/, with a short report. `npm run demo -- --readme` also refreshes the screenshots
 * the README shows (scripts/demo/screenshots/).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { queryOwnUi } from './lib/own-ui';
import { projectRoot } from './lib/build';
import { openDemo } from './demo/session';
import {
  cardShown,
  dragSelect,
  emulate,
  hover,
  locate,
  press,
  screenshot,
  setSettings,
  tell,
} from './demo/reader';

const outDir = resolve(projectRoot, 'demo-output');
const readmeDir = resolve(projectRoot, 'scripts/demo/screenshots');
/** Screenshot → the name it has in the README. */
const forReadme: Record<string, string> = {
  'card.png': 'demo-card.png',
  'page-first-mentions.png': 'demo-page.png',
  'card-keyboard.png': 'demo-card-keyboard.png',
  'claim-form-400x800.png': 'demo-claim-form.png',
  'sidepanel-explore.png': 'demo-sidepanel.png',
};
await mkdir(outDir, { recursive: true });

const demo = await openDemo({ headless: true });
const shot = async (page: Page, name: string, what: string) => {
  await page.waitForTimeout(150); // let the last frame paint
  await writeFile(resolve(outDir, name), await screenshot(page));
  console.log(`demo-output/${name}: ${what}`);
};

try {
  const { page } = demo;
  console.log(`Extension ${demo.browser.extensionId}; demo page ${demo.page.url()}; tab ${demo.tabId}`);
  await page.waitForFunction(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
  const drawn = () => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0);
  await locate(page, 'On November 4, 2025', 'start');
  const quiet = await drawn();
  await shot(page, 'page-first-mentions.png', `quiet highlights, first mention per section (${quiet} drawn)`);
  await setSettings(demo, { highlightScope: 'all' });
  await page.waitForFunction((n) => (CSS.highlights.get('backstory-actor')?.size ?? 0) > n, quiet);
  await shot(page, 'page-all-mentions.png', `the "every mention" setting (${await drawn()} drawn)`);
  await setSettings(demo, { highlightScope: 'first' });
  await page.waitForTimeout(300);

  // The card, as a reader meets it.
  const heading = await hover(page, 'Asim Munir');
  const claims = (await queryOwnUi(page, '.bs-popover .bs-claims:not(.bs-wording) > li')).filter(
    (c) => c.visible,
  ).length;
  await shot(page, 'card.png', `hovering "Asim Munir": "${heading}", ${claims} claims on first view`);
  await press(page, '.bs-popover .bs-more');
  // On to "Where the sources differ" from the keyboard, which scrolls it into view.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await shot(
    page,
    'card-expanded.png',
    'the same card with "Show more claims" and "Where the sources differ" open',
  );
  await page.keyboard.press('Escape');
  await hover(page, 'Asim Munir');
  await press(page, '.bs-popover button[aria-label="More actions"]');
  await shot(page, 'card-menu.png', 'the "More actions" menu');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.emulateMedia({ colorScheme: 'dark' });
  await hover(page, 'Shehbaz Sharif');
  await shot(page, 'card-dark.png', 'a card on a dark page, with the site’s own link beside quiet marks');
  await page.emulateMedia({ colorScheme: 'light' });

  await emulate(page, 1280, 900, 2);
  await hover(page, 'Donald Trump');
  await shot(page, 'card-zoom-200.png', 'a card at 200 % zoom (1280 × 900 window)');
  await emulate(page, 320, 640);
  await hover(page, 'Israel');
  await shot(page, 'card-320.png', 'a card 320 px wide');
  await emulate(page, 1280, 900);

  // The keyboard path: step to the next mention (Alt+Shift+.), Tab inside the card.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await tell(demo, 'stepMention', { direction: 1 });
  await cardShown(page);
  await page.keyboard.press('Tab');
  await shot(
    page,
    'card-keyboard.png',
    'stepped to a mention from the keyboard; focus in the card, Esc returns it',
  );
  await page.keyboard.press('Escape');

  // A one-click action says what it did and can be undone.
  await hover(page, 'Michael Izhakov');
  await press(page, '.bs-popover button[aria-label="More actions"]');
  await press(page, '.bs-popover [role="menuitem"]', 'Pause Backstory on this site');
  await page.waitForFunction(() => !CSS.highlights.get('backstory-actor')?.size);
  await shot(page, 'toast-paused.png', 'paused on the site: a toast says so, with Undo');
  await press(page, '.bs-toast-undo');
  await page.waitForFunction(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0);

  // Marking a claim: select, "Mark claim", the form.
  await dragSelect(page, 'In 2025, a', 'South/South-Asian countries.');
  await page.waitForTimeout(300);
  await shot(page, 'marking.png', 'a selection with its "Mark claim" button (no card opens over it)');
  await press(page, '.bs-mark-button');
  await page.waitForTimeout(1200);
  await shot(page, 'claim-form.png', 'the claim form after one click saved the claim');
  await page.keyboard.press('Escape');

  await emulate(page, 400, 800);
  await dragSelect(page, 'The delegation', 'denied any official involvement.');
  await press(page, '.bs-mark-button');
  await page.waitForTimeout(1200);
  await shot(
    page,
    'claim-form-400x800.png',
    'the form in a 400 × 800 window with a long quote: Save in view',
  );
  await page.keyboard.press('Escape');
  await emulate(page, 1280, 800, 2);
  await dragSelect(page, 'Delegates described', 'condemned the trips.');
  await press(page, '.bs-mark-button');
  await page.waitForTimeout(1200);
  await shot(page, 'claim-form-zoom-200.png', 'the form at 200 % zoom: it scrolls inside, Save stays');
  await page.keyboard.press('Escape');
  await emulate(page, 1280, 900);

  // The side panel, the settings and the reader, as tabs of their own.
  const panel = await demo.browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  const open = async (view: string) => {
    await panel.goto(`${demo.browser.origin}sidepanel.html?tabId=${demo.tabId}${view}`);
    await panel.waitForTimeout(800);
  };
  await open('');
  await shot(panel, 'sidepanel-page.png', 'side panel: On this page');
  await open('&tab=claims');
  await shot(panel, 'sidepanel-claims.png', 'side panel: the claims marked on this page');
  await open('&entity=asim-munir');
  await shot(panel, 'sidepanel-explore.png', 'side panel: Explore, an entity card');
  await panel.getByRole('button', { name: 'Timeline' }).click();
  await panel.waitForTimeout(500);
  await shot(panel, 'sidepanel-timeline.png', 'side panel: the timeline, by date with precision');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await open('&entity=iran');
  await shot(panel, 'sidepanel-dark.png', 'side panel in the dark scheme');
  await panel.setViewportSize({ width: 900, height: 1000 });
  await panel.goto(`${demo.browser.origin}options.html`);
  await panel.waitForTimeout(600);
  await shot(panel, 'options-dark.png', 'settings, dark');
  await panel.emulateMedia({ colorScheme: 'light' });
  await shot(panel, 'options.png', 'settings: what to mark, how, and what pausing keeps');
  await panel.goto(`${demo.browser.origin}reader.html?source=seed-002&start=0&end=80`);
  await panel.waitForTimeout(600);
  await shot(panel, 'reader.png', 'the source reader, named as readers know the source');
  await panel.close();
} finally {
  await demo.close();
}
if (process.argv.includes('--readme')) {
  for (const [from, to] of Object.entries(forReadme))
    await copyFile(resolve(outDir, from), resolve(readmeDir, to));
  console.log(`Copied ${Object.keys(forReadme).length} screenshots into scripts/demo/screenshots/`);
}
