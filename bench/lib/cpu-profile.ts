/**
 * One page load under the DevTools protocol's CPU profiler, until Backstory's scan ends: the
 * profile and the page's `backstory:*` marks. Shared by `npm run bench:profile` (which attributes
 * the samples) and `bench/raw-profile.ts` (which saves them for analysis by hand).
 */
import type { BrowserContext } from 'playwright-core';
import { MARKS, OBSERVERS } from './in-page';

export type Marks = Record<string, { t: number; detail: { busyMs?: number } }[]>;

export async function profiledLoad(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  const { profile } = await cdp.send('Profiler.stop');
  const marks = (await page.evaluate(MARKS)) as Marks;
  const origin = await page.evaluate(() => performance.timeOrigin);
  await cdp.detach();
  await page.close();
  return { profile, marks, origin };
}
