import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { POLL } from '../poll';

/**
 * Waits until Backstory has read the page and drawn a name. Its highlights are registered, empty,
 * as soon as it starts, a frame and up to a second of idle before it reads the page: a test that
 * waited for them alone could mark a claim before any name was known.
 */
export async function namesDrawn(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0), POLL)
    .toBe(true);
}
