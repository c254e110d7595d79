/**
 * `npm run demo`: `npm start` without a window. Opens the demo page with Backstory loaded, waits
 * for the extension, saves screenshots into demo-output/ and reports what it saw.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
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

  await demo.page.screenshot({ path: resolve(outDir, 'page.png') });
  report.push('Saved demo-output/page.png (the demo page)');

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
