/**
 * `npx tsx bench/hover-profile.ts <profiling build dir> [loads] [hovers]`: where a hover's time
 * goes, from the DevTools protocol's CPU profiler around each of the first hovers of a fresh
 * demo page (the profiling build: `BACKSTORY_BUILD=bench BACKSTORY_PROFILE=1 npx wxt build`, in
 * `<dist>/chrome-mv3-profile`). Prints, per hover position (1 = the first, cold one), the median
 * latency and the median milliseconds by Backstory function and by what else ran.
 */
import { join } from 'node:path';
import { demoPageHtml } from '../scripts/demo/news-page';
import * as measure from './lib/browser-figures';
import { startBrowsers } from './lib/browsers';
import { attributor, type Profile } from './lib/profile-attribute';

const [dir, loadsArg, hoversArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/hover-profile.ts <profiling build dir> [loads] [hovers]');
const loads = Number(loadsArg ?? 3);
const hovers = Number(hoversArg ?? 3);
const attribute = attributor(join(dir, 'content-scripts', 'content.js'));
const b = await startBrowsers({ '/demo.html': demoPageHtml() }, dir);

type Tally = Record<string, number>;
const byHover: { latency: number[]; own: Tally[]; elsewhere: Tally[]; modules: Tally[] }[] = [];
try {
  await b.ask('updateSettings', { hoverDelayMs: 0 });
  for (let load = 0; load < loads; load++) {
    const latencies = await measure.hover(b, '/demo.html', hovers, async (page, index, hover) => {
      if (index >= hovers) return hover();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await hover();
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      const { functions, elsewhere, modules } = attribute(profile as unknown as Profile);
      byHover[index] ??= { latency: [], own: [], elsewhere: [], modules: [] };
      byHover[index].own.push(functions);
      byHover[index].elsewhere.push(elsewhere);
      byHover[index].modules.push(modules);
    });
    latencies.forEach((ms, i) => byHover[i]?.latency.push(ms));
    console.log(`load ${load + 1}: ${latencies.map((ms) => ms.toFixed(1)).join(' ')}`);
  }
} finally {
  await b.close();
}

const median = (values: number[]) => values.toSorted((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const medians = (tallies: Tally[], top: number) =>
  [...new Set(tallies.flatMap(Object.keys))]
    .map((key) => [key, median(tallies.map((t) => t[key] ?? 0))] as const)
    .filter(([, ms]) => ms >= 0.3)
    .toSorted((x, y) => y[1] - x[1])
    .slice(0, top);
byHover.forEach((h, i) => {
  const sum = (tallies: Tally[]) => median(tallies.map((t) => Object.values(t).reduce((x, y) => x + y, 0)));
  console.log(
    `\nhover ${i + 1}: latency ${median(h.latency).toFixed(1)} ms; Backstory's code ${sum(h.own).toFixed(1)} ms, the rest ${sum(h.elsewhere).toFixed(1)} ms (medians of ${h.latency.length})`,
  );
  for (const [key, ms] of medians(h.modules, 12))
    console.log(`  module ${ms.toFixed(1).padStart(6)}  ${key}`);
  for (const [key, ms] of medians(h.own, 25)) console.log(`  own    ${ms.toFixed(1).padStart(6)}  ${key}`);
  for (const [key, ms] of medians(h.elsewhere, 8))
    console.log(`  other  ${ms.toFixed(1).padStart(6)}  ${key}`);
});
