/**
 * Screenshots of a state for a person to look at, when `BACKSTORY_E2E_SHOTS` names a folder (off
 * otherwise): 400 px wide and at 200 % zoom (a 1280 × 720 window lays out in 640 × 360 CSS
 * pixels, as the other zoom tests emulate it), each light and dark, the whole page. The page is
 * left as it was.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Shoots the whole page, or only `part` of it (the state that changed, on a long page), or with
 * `view` what the reader sees: the window, scrolled to `part`.
 */
export async function shoot(page: Page, name: string, part?: Locator, view = false): Promise<void> {
  const dir = process.env['BACKSTORY_E2E_SHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [label, metrics] of [
        ['400px', { width: 400, height: 800 }],
        ['zoom200', { width: 640, height: 360 }],
      ] as const) {
        await page.setViewportSize(metrics);
        const path = join(dir, `${name}-${label}-${scheme}.png`);
        if (part && view) {
          await part.scrollIntoViewIfNeeded();
          await page.screenshot({ path });
        } else await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
      }
    }
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
    if (size) await page.setViewportSize(size);
  }
}
