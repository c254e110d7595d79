/**
 * `npm run demo`: `npm start` without a window. Opens the demo page with Backstory loaded, waits
 * for the extension, saves screenshots into demo-output/ and reports what it saw.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { queryOwnUi, visibleOwnUi } from './lib/own-ui';
import { projectRoot } from './lib/build';
import { openDemo } from './demo/session';

const outDir = resolve(projectRoot, 'demo-output');
await mkdir(outDir, { recursive: true });

const demo = await openDemo({ headless: true });
const report: string[] = [];
try {
  report.push(`Extension loaded: ${demo.browser.extensionId}`);
  report.push(`Demo page: ${demo.page.url()} — "${await demo.page.title()}"`);
  report.push(`Content script: running in tab ${demo.tabId}`);

  const page = demo.page;
  await page.waitForFunction(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
  const counts = await page.evaluate(() => ({
    actors: CSS.highlights.get('backstory-actor')?.size ?? 0,
    events: CSS.highlights.get('backstory-event')?.size ?? 0,
  }));
  report.push(`Drawn near the viewport: ${counts.actors} actor mentions, ${counts.events} event mentions`);
  await page.screenshot({ path: resolve(outDir, 'page.png') });
  report.push('Saved demo-output/page.png (the demo page)');

  // Hover "Asim Munir" the way a reader would, and capture the popover.
  const target = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('Asim Munir');
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Asim Munir'.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return undefined;
  });
  if (!target) throw new Error('"Asim Munir" is not on the demo page');
  await page.mouse.move(target.x - 80, target.y - 60);
  await page.mouse.move(target.x, target.y, { steps: 5 });
  // The popover lives in a closed shadow root: read it the way the tests do (DevTools protocol).
  const deadline = Date.now() + 5000;
  while (!(await visibleOwnUi(page, '.bs-popover h2')) && Date.now() < deadline)
    await page.waitForTimeout(100);
  const heading = (await visibleOwnUi(page, '.bs-popover h2'))?.text;
  if (!heading) throw new Error('The popover did not open on hovering "Asim Munir"');
  const claims = (await queryOwnUi(page, '.bs-popover .bs-claims > li')).length;
  report.push(`Hovered "Asim Munir": popover shows "${heading}" with ${claims} sourced claims`);
  await page.screenshot({ path: resolve(outDir, 'popover.png') });
  report.push('Saved demo-output/popover.png (the popover on hover)');

  const panel = await demo.browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`${demo.browser.origin}sidepanel.html?tabId=${demo.tabId}`);
  await panel.getByRole('status').and(panel.locator('[data-tone="ok"], [data-tone="bad"]')).waitFor();
  report.push(`Side panel says: "${await panel.getByRole('status').textContent()}"`);
  await panel.screenshot({ path: resolve(outDir, 'sidepanel.png') });
  report.push('Saved demo-output/sidepanel.png (the side panel for the demo tab)');
} finally {
  await demo.close();
}
console.log(report.join('\n'));
