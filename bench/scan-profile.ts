/**
 * `npx tsx bench/scan-profile.ts <profiling build dir> [loads] [50kb|1mb]`: where the time of
 * the scan itself goes — the CPU profile's samples between the `scan-start` and `scan-end` marks
 * only, which is what `scan_50kb_seed_busy_ms` counts (its slices), apart from the start-up
 * before it and the work the page's cards and Seen elsewhere cause after it. `npm run
 * bench:profile` charges everything from navigation to the scan's end.
 *
 * The marks are on the page's clock and the profile on the monotonic clock Chromium's and Node's
 * high-resolution timers share on Linux: the two are joined through the wall clock, to about a
 * millisecond.
 */
import { join } from 'node:path';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { profiledLoad } from './lib/cpu-profile';
import { attributor, type Profile } from './lib/profile-attribute';
import { newsPage } from './lib/pages';
import { STAGES } from './lib/profile-stages';
import { seedAliases } from './lib/workloads';

const [dir, loadsArg, only] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/scan-profile.ts <profiling build dir> [loads] [50kb|1mb]');
const loads = Number(loadsArg ?? 7);
const attribute = attributor(join(dir, 'content-scripts', 'content.js'));
const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath, extensionDir: dir, headless: true });

/** Microseconds to add to the wall clock (µs since 1970) for the monotonic clock. */
function wallToMonotonic(): number {
  return Number(process.hrtime.bigint() / 1000n) - Date.now() * 1000;
}

type Tally = Record<string, number>;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medians = (tallies: Tally[], top: number) =>
  [...new Set(tallies.flatMap(Object.keys))]
    .map((key) => [key, median(tallies.map((t) => t[key] ?? 0))] as const)
    .filter(([, ms]) => ms >= 0.1)
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, top);

try {
  await profiledLoad(ext.context, new URL('/1mb.html', server.url).href); // warm-up, unmeasured
  for (const path of Object.keys(pages).filter((p) => !only || p === `/${only}.html`)) {
    const runs: {
      busy: number;
      window: number;
      own: number;
      stages: Tally;
      modules: Tally;
      functions: Tally;
      elsewhere: Tally;
    }[] = [];
    for (let i = 0; i < loads; i++) {
      const { profile, marks, origin } = await profiledLoad(ext.context, new URL(path, server.url).href);
      const shift = wallToMonotonic();
      const at = (name: string) => (origin + marks[name]![0]!.t) * 1000 + shift;
      const from = at('scan-start');
      const to = at('scan-end');
      // The slices themselves where the build lists them (lib/dom/schedule.ts), else the window.
      const end = marks['scan-end']![0]!.detail as { spans?: number[] };
      const spans = end.spans ?? [marks['scan-start']![0]!.t, marks['scan-end']![0]!.t];
      const tick = (t: number) => (origin + t) * 1000 + shift;
      const parts: ReturnType<typeof attribute>[] = [];
      for (let k = 0; k < spans.length; k += 2)
        parts.push(attribute(profile as unknown as Profile, tick(spans[k]!), tick(spans[k + 1]!)));
      const sum = (pick: (p: (typeof parts)[number]) => Tally): Tally => {
        const out: Tally = {};
        for (const p of parts)
          for (const [key, ms] of Object.entries(pick(p))) out[key] = (out[key] ?? 0) + ms;
        return out;
      };
      const stages = sum((p) => p.stages);
      const modules = sum((p) => p.modules);
      const functions = sum((p) => p.functions);
      const elsewhere = sum((p) => p.elsewhere);
      const own = Object.values(stages).reduce((a, b) => a + b, 0);
      runs.push({
        busy: marks['scan-end']![0]!.detail.busyMs ?? NaN,
        window: (to - from) / 1000,
        own,
        stages,
        modules,
        functions,
        elsewhere,
      });
    }
    console.log(
      `\n${path} (${loads} loads): slices ${median(runs.map((r) => r.busy)).toFixed(1)} ms, window ${median(runs.map((r) => r.window)).toFixed(1)} ms, Backstory's samples in it ${median(runs.map((r) => r.own)).toFixed(1)} ms`,
    );
    for (const s of STAGES)
      console.log(
        `  stage ${median(runs.map((r) => r.stages[s] ?? 0))
          .toFixed(1)
          .padStart(6)}  ${s}`,
      );
    for (const [key, ms] of medians(
      runs.map((r) => r.modules),
      20,
    ))
      console.log(`  module ${ms.toFixed(1).padStart(5)}  ${key}`);
    for (const [key, ms] of medians(
      runs.map((r) => r.functions),
      40,
    ))
      console.log(`  own   ${ms.toFixed(1).padStart(6)}  ${key}`);
    for (const [key, ms] of medians(
      runs.map((r) => r.elsewhere),
      10,
    ))
      console.log(`  other ${ms.toFixed(1).padStart(6)}  ${key}`);
  }
} finally {
  await ext.close();
  await server.close();
}
