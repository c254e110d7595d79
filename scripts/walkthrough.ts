/**
 * `npm run walkthrough`: a newcomer's first minutes with Backstory, from the keyboard only, in a
 * 400 × 800 window and at 200 % zoom, light and dark. Screenshots of each step go into
 * demo-output/walkthrough/ for a person to look at. The keyboard commands (Alt+Shift+. to step to
 * a mention, Alt+Shift+M to mark the selection) are browser shortcuts a headless browser does not
 * receive, so they are sent as the browser sends them; everything else is key presses.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { focusedOwnUi } from './lib/own-ui';
import { projectRoot } from './lib/build';
import { openDemo } from './demo/session';
import { cardShown, emulate, screenshot, tell } from './demo/reader';

const outDir = resolve(projectRoot, 'demo-output/walkthrough');
await mkdir(outDir, { recursive: true });

const views = [
  { name: '400', width: 400, height: 800, zoom: 1 },
  { name: 'zoom200', width: 1280, height: 900, zoom: 2 },
] as const;

const demo = await openDemo({ headless: true });
/** Steps that did not happen, said at the end. */
const missed: string[] = [];
const shot = async (page: Page, name: string, what: string) => {
  await page.waitForTimeout(200); // let the last frame paint
  await writeFile(resolve(outDir, name), await screenshot(page));
  console.log(`demo-output/walkthrough/${name}: ${what}`);
};

/** Presses Tab until Backstory's focused control matches, at most `limit` times. */
async function tabTo(page: Page, matches: (text: string, attributes: Record<string, string>) => boolean) {
  for (let i = 0; i < 15; i++) {
    const focused = await focusedOwnUi(page);
    if (focused && matches(focused.text, focused.attributes)) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}

try {
  const { page } = demo;
  await page.waitForFunction(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
  for (const view of views) {
    for (const scheme of ['light', 'dark'] as const) {
      const tag = `${view.name}-${scheme}`;
      await page.emulateMedia({ colorScheme: scheme });
      await emulate(page, view.width, view.height, view.zoom);
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.scrollTo(0, 0));
      // Alt+Shift+. twice: the second mention on the page, with its card.
      await tell(demo, 'stepMention', { direction: 1 });
      await cardShown(page).catch(() => undefined);
      await tell(demo, 'stepMention', { direction: 1 });
      await page.waitForTimeout(300);
      // The card re-renders as it moves to the next mention: look again if it changed under us.
      const heading = await cardShown(page).catch(() => cardShown(page));
      await shot(page, `${tag}-1-step.png`, `${tag}: stepped to "${heading}" from the keyboard`);
      const more = await tabTo(page, (text) => /^Show \d+ more claim/.test(text));
      if (more) await page.keyboard.press('Enter');
      else missed.push(`${tag}: Tab never reached "Show more claims"`);
      await shot(
        page,
        `${tag}-2-more.png`,
        `${tag}: Tab to "Show more claims", Enter (${more ? 'found' : 'NOT FOUND'})`,
      );
      await page.keyboard.press('Escape');
      await shot(page, `${tag}-3-esc.png`, `${tag}: Esc closes the card; the caret is back at the mention`);
      // The caret is at the mention: Shift+Down selects from there, Alt+Shift+M marks it.
      await page.keyboard.press('Shift+ArrowDown');
      const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
      if (selected.trim()) await tell(demo, 'markSelection', {});
      else missed.push(`${tag}: Shift+Down from the mention selected nothing, so nothing was marked`);
      await page.waitForTimeout(1500);
      await shot(
        page,
        `${tag}-4-mark.png`,
        selected.trim()
          ? `${tag}: Shift+Down selected "${selected.slice(0, 40)}…", Alt+Shift+M`
          : `${tag}: NOT MARKED: Shift+Down selected nothing`,
      );
      const form = page.frames().find((f) => f.url().includes('/claim-form.html'));
      if (!form && selected.trim()) missed.push(`${tag}: the claim form never appeared after Alt+Shift+M`);
      if (form) {
        for (let i = 0; i < 12; i++) {
          const label = await form.evaluate(() => document.activeElement?.textContent ?? '');
          if (label.trim() === 'Save details') break;
          await page.keyboard.press('Tab');
        }
        await shot(page, `${tag}-5-save.png`, `${tag}: Tab through the form to Save`);
        await page.keyboard.press('Escape');
      }
      // The side panel in the same window size, tabs from the keyboard.
      const panel = await demo.browser.context.newPage();
      await panel.emulateMedia({ colorScheme: scheme });
      await emulate(panel, 400, view.height, view.zoom);
      await panel.goto(`${demo.browser.origin}sidepanel.html?tabId=${demo.tabId}`);
      await panel.getByRole('tab').first().waitFor();
      await panel.keyboard.press('Tab');
      await panel.keyboard.press('ArrowRight');
      await panel.waitForTimeout(600);
      await shot(panel, `${tag}-6-panel.png`, `${tag}: side panel, Tab then → to "Claims"`);
      await panel.keyboard.press('End');
      await panel.keyboard.press('Enter');
      await panel.waitForTimeout(600);
      await shot(panel, `${tag}-7-panel-explore.png`, `${tag}: side panel, End to "Explore"`);
      await panel.close();
    }
  }
} finally {
  await demo.close();
}
// A step that did not happen is said at the end and fails the run: a walkthrough that reports
// every step done when one was not tells the person reading the screenshots the wrong story.
if (missed.length > 0) {
  console.error(`\n${missed.length} step(s) did not happen:\n${missed.map((m) => `- ${m}`).join('\n')}`);
  process.exitCode = 1;
}
