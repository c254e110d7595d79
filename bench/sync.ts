/**
 * `npm run bench:sync`: the first sync of a team's claims, in real Chromium with the built
 * extension and pouchdb-server on 127.0.0.1. Two directions, 10,000 and 100,000 claims each:
 *
 *   download  a new device joins a server that holds N claims (all pulled, checked and stored)
 *   upload    a device with N claims connects to an empty database (all sent)
 *
 * Figures: wall time until Backstory reports "up to date", and the service worker's JS heap
 * (before, peak while syncing, after a forced collection). Writes bench/results/sync.{json,md}.
 *
 *   npm run bench:sync -- --sizes 10000              one size only
 *   npm run bench:sync -- --directions download      one direction only
 *
 * Figures of sizes and directions not measured are kept from earlier runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildExtension, projectRoot, useOwnDist } from '../scripts/lib/build';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { startCouchServer } from '../scripts/lib/couch-server';
import { extensionWithLoopbackAccess } from '../scripts/lib/extension-copy';
import { launchWithExtension } from '../scripts/lib/launch';
import { bundleJson } from '../lib/export/bundle';
import { toCouchDoc } from '../lib/sync/documents';
import { IMPORT_PORT } from '../lib/messaging/ports';
import { controlPage } from './lib/control-page';
import { syncClaims } from './lib/sync-claims';
import { workerHeap } from './lib/service-worker';

// Its own build folder: e2e tests run in the same checkout rebuild dist/chrome-mv3* under it.
useOwnDist('bench');
const args = process.argv.slice(2);
const sizesArg = args.indexOf('--sizes');
const sizes = sizesArg >= 0 ? args[sizesArg + 1]!.split(',').map(Number) : [10_000, 100_000];
const directionsArg = args.indexOf('--directions');
const directions = (
  directionsArg >= 0 ? args[directionsArg + 1]!.split(',') : ['download', 'upload']
) as Figure['direction'][];
const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

interface Figure {
  direction: 'download' | 'upload';
  claims: number;
  seconds: number;
  claimsPerSecond: number;
  heapBeforeMb: number;
  heapPeakMb: number;
  heapAfterGcMb: number;
  /** When, and the 1-minute load average at the start and end: on shared cores, time depends on it. */
  measured?: string;
  load?: string;
}

log('building the extension');
buildExtension('chrome');
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const couch = await startCouchServer();
const copy = await extensionWithLoopbackAccess();
const figures: Figure[] = [];

async function run(direction: Figure['direction'], count: number): Promise<Figure> {
  const database = `${direction}-${count}`;
  await couch.request('PUT', `/${database}`);
  const claims = syncClaims(count);
  const browser = await launchWithExtension({
    executablePath: executablePath!,
    extensionDir: copy.dir,
    headless: true,
  });
  try {
    const control = await browser.context.newPage();
    await control.goto(`${browser.origin}options.html`);
    const { ask, sendText } = controlPage(control);
    if (direction === 'download') {
      log(`  seeding the server with ${count} claims`);
      for (let i = 0; i < claims.length; i += 2000) {
        const docs = claims.slice(i, i + 2000).map((claim) =>
          toCouchDoc(`claim:${claim.id}`, {
            rev: `1-${claim.id.replaceAll('-', '')}`,
            history: [],
            deleted: false,
            body: { type: 'claim', claim },
          }),
        );
        const { status } = await couch.request('POST', `/${database}/_bulk_docs`, { docs, new_edits: false });
        if (status !== 201) throw new Error(`seeding failed: HTTP ${status}`);
      }
    } else {
      log(`  importing ${count} claims into the browser`);
      for (let i = 0; i < claims.length; i += 20_000) {
        const text = bundleJson({ claims: claims.slice(i, i + 20_000), relations: [], kbVersion: 'bench' });
        await sendText(IMPORT_PORT, text, 'apply');
      }
    }
    const heap = await workerHeap(control);
    const before = await heap.used(true);
    let peak = before;
    log(`  ${direction}: connecting`);
    const t0 = performance.now();
    const loadAtStart = loadavg()[0]!.toFixed(1);
    await ask('connectSync', {
      server: couch.url,
      database,
      username: '',
      password: '',
      author: 'Bench',
      share: 'all',
      tags: [],
      create: false,
    });
    for (;;) {
      peak = Math.max(peak, await heap.used());
      const status = await ask<{ phase: string; waiting: number; sentence: string; fault: boolean }>(
        'getSyncStatus',
        {},
      );
      if (status.fault) throw new Error(status.sentence);
      if (status.phase === 'up-to-date' && status.waiting === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - t0) / 1000;
    const stored = await browser.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('backstory');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const request = open.result.transaction('savedClaims').objectStore('savedClaims').count();
            request.addEventListener('success', () => {
              resolve(request.result);
              open.result.close();
            });
          });
        }),
    );
    const onServer = (await couch.request<{ doc_count: number }>('GET', `/${database}`)).json.doc_count;
    if (stored !== count || onServer !== count)
      throw new Error(
        `expected ${count} claims on both sides, found ${stored} in the browser and ${onServer} on the server`,
      );
    const after = await heap.used(true);
    const figure: Figure = {
      direction,
      claims: count,
      seconds: Math.round(seconds * 10) / 10,
      claimsPerSecond: Math.round(count / seconds),
      heapBeforeMb: mb(before),
      heapPeakMb: mb(peak),
      heapAfterGcMb: mb(after),
      measured: new Date().toISOString().slice(0, 10),
      load: `${loadAtStart} → ${loadavg()[0]!.toFixed(1)}`,
    };
    log(`  ${JSON.stringify(figure)}`);
    return figure;
  } finally {
    await browser.close();
  }
}

const machine = `${cpus().length} cores of ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}`;
const out = join(projectRoot, 'bench', 'results');

/** Writes the figures so far, keeping earlier runs' figures for sizes and directions not measured now. */
function save() {
  mkdirSync(out, { recursive: true });
  const file = join(out, 'sync.json');
  const earlier = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { figures: Figure[] }).figures
    : [];
  const key = (f: Figure) => `${f.direction} ${f.claims}`;
  const mine = new Set(figures.map(key));
  const all = [...earlier.filter((f) => !mine.has(key(f))), ...figures].toSorted(
    (x, y) => x.claims - y.claims || x.direction.localeCompare(y.direction),
  );
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, figures: all }, null, 2)}\n`,
  );
  const rows = all.map(
    (f) =>
      `| ${f.direction} | ${f.claims.toLocaleString('en')} | ${f.seconds} s | ${f.claimsPerSecond.toLocaleString('en')} | ${f.heapBeforeMb} MB | ${f.heapPeakMb} MB | ${f.heapAfterGcMb} MB | ${f.measured ? `${f.measured} (${f.load})` : 'earlier run'} |`,
  );
  writeFileSync(
    join(out, 'sync.md'),
    [
      `# First sync with a team server (${machine})`,
      '',
      "pouchdb-server on the same machine; the built extension in headless Chromium. Time until Backstory reports “up to date”; the service worker's JS heap.",
      '',
      '| Direction | Claims | Time | Claims/s | Worker heap before | Peak | After GC | Measured (load average, start → end) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

try {
  for (const count of sizes)
    for (const direction of directions) {
      figures.push(await run(direction, count));
      save();
    }
} finally {
  await copy.remove();
  await couch.close();
}
log('wrote bench/results/sync.json and sync.md');
