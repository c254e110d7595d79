/**
 * `npm run bench:profile`: where Backstory's time goes on a page load, from the DevTools
 * protocol's CPU profiler in real Chromium with the benchmark's build (unminified, with source
 * maps). Every sample whose stack holds content-script code is charged to the nearest such frame's
 * source module (native calls such as getComputedStyle or toLowerCase count for their caller),
 * and modules are grouped into the stages of a scan. Prints a table per page and writes
 * bench/results/profile.{json,md}.
 *
 *   npm run bench:profile                 50 KB and 1 MB pages, 5 loads each
 *   npm run bench:profile -- --runs 9
 *
 * `bench/scan-profile.ts` charges only the samples inside the scan's slices (what
 * `scan_50kb_seed_busy_ms` counts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distRoot, projectRoot } from '../scripts/lib/build';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { profiledLoad } from './lib/cpu-profile';
import { attributor, type Profile } from './lib/profile-attribute';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';
import { STAGES } from './lib/profile-stages';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = Math.max(3, runsArg >= 0 ? Number(args[runsArg + 1]) : 5);
// Under `npm run bench` this is the benchmark's own folder (BACKSTORY_DIST, scripts/lib/build.ts).
const outDir = join(distRoot(), 'chrome-mv3-profile');

console.log('building the profiling build (benchmark marks, unminified, source maps)');
const built = spawnSync('npx', ['wxt', 'build'], {
  cwd: projectRoot,
  encoding: 'utf8',
  env: { ...process.env, BACKSTORY_BUILD: 'bench', BACKSTORY_PROFILE: '1' },
});
if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);

const attribute = attributor(join(outDir, 'content-scripts', 'content.js'));

const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath, extensionDir: outDir, headless: true });

async function profileLoad(path: string) {
  const loaded = await profiledLoad(ext.context, new URL(path, server.url).href);
  const profile = loaded.profile as unknown as Profile;
  const { marks } = loaded;
  // The profiler stops within a polling interval of the scan's end: what runs after it then
  // (nothing but idle callbacks on these pages) is counted too.
  return { ...attribute(profile), busyMs: marks['scan-end']![0]!.detail.busyMs ?? NaN };
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const report: Record<string, unknown> = {};
const lines = ['# Where the time goes (CPU profile)', ''];
try {
  await profileLoad('/1mb.html'); // unmeasured: warms the browser and the background's matcher
  for (const path of Object.keys(pages)) {
    const loads: Awaited<ReturnType<typeof profileLoad>>[] = [];
    for (let run = 0; run < runs; run++) loads.push(await profileLoad(path));
    const stageMedians = Object.fromEntries(STAGES.map((s) => [s, median(loads.map((l) => l.stages[s]))]));
    const moduleNames = [...new Set(loads.flatMap((l) => Object.keys(l.modules)))];
    const moduleMedians = Object.fromEntries(
      moduleNames
        .map((m) => [m, median(loads.map((l) => l.modules[m] ?? 0))] as const)
        .toSorted((a, b) => b[1] - a[1]),
    );
    const functionNames = [...new Set(loads.flatMap((l) => Object.keys(l.functions)))];
    const functionMedians = Object.fromEntries(
      functionNames
        .map((f) => [f, median(loads.map((l) => l.functions[f] ?? 0))] as const)
        .toSorted((a, b) => b[1] - a[1])
        .slice(0, 40),
    );
    const total = median(loads.map((l) => Object.values(l.stages).reduce((a, b) => a + b, 0)));
    const busy = median(loads.map((l) => l.busyMs));
    const gc = median(loads.map((l) => l.gc));
    report[path] = {
      runs,
      totalMs: total,
      scanBusyMs: busy,
      gcMs: gc,
      stages: stageMedians,
      modules: moduleMedians,
      functions: functionMedians,
    };
    lines.push(`## ${path.slice(1)} (median of ${runs} loads)`, '');
    lines.push(
      `Backstory's own CPU time from load to scan end: **${total.toFixed(1)} ms** (the scan's slices: ${busy.toFixed(1)} ms; garbage collection in the tab: ${gc.toFixed(1)} ms).`,
      '',
      '| Stage | ms |',
      '|---|---|',
    );
    for (const s of STAGES) lines.push(`| ${s} | ${stageMedians[s]!.toFixed(1)} |`);
    lines.push('', '| Module | ms |', '|---|---|');
    for (const [m, ms] of Object.entries(moduleMedians).slice(0, 15))
      lines.push(`| ${m} | ${ms.toFixed(1)} |`);
    lines.push('', '| Function (→ native call it was in) | ms |', '|---|---|');
    for (const [f, ms] of Object.entries(functionMedians).slice(0, 20))
      lines.push(`| ${f} | ${ms.toFixed(1)} |`);
    lines.push('');
  }
} finally {
  await ext.close();
  await server.close();
}
const out = join(projectRoot, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'profile.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(out, 'profile.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
