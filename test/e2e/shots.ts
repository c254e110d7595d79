/**
 * Screenshots of a state for a person to look at, when `BACKSTORY_E2E_SHOTS` names a folder (off
 * otherwise): 400 px wide and at 200 % zoom (a 1280 × 720 window: 640 × 360 CSS pixels, drawn at
 * twice the density), each light and dark. The page is left as it was.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env['BACKSTORY_E2E_SHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  const size = page.viewportSize();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [label, metrics] of [
        ['400px', { width: 400, height: 800, deviceScaleFactor: 1 }],
        ['zoom200', { width: 640, height: 360, deviceScaleFactor: 2 }],
      ] as const) {
        await cdp.send('Emulation.setDeviceMetricsOverride', { ...metrics, mobile: false });
        await page.screenshot({ path: join(dir, `${name}-${label}-${scheme}.png`), fullPage: true });
      }
    }
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.emulateMedia({ colorScheme: 'light' });
    if (size) await page.setViewportSize(size);
  }
}
