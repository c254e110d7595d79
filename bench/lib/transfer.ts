/**
 * A big library's import and exports in real Chromium, through the options page as a reader
 * uses them: a Backstory JSON file of `count` claims (test/fixtures/big-library.ts) is chosen
 * in the import field (the preview) and imported, then exported in every format. For each step:
 * how long it took, and the peak JS heap of the background's service worker and of the options
 * page above what each held before the step, sampled through the DevTools protocol every 50 ms.
 */
import { mkdtemp, rm, stat as fileStat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { extensionDir } from '../../scripts/lib/build';
import { findChrome, noChromeMessage } from '../../scripts/lib/chrome';
import { launchWithExtension } from '../../scripts/lib/launch';
import { plural } from '../../lib/plural';
import { bigLibraryJson } from '../../test/fixtures/big-library';

export interface TransferStep {
  ms: number;
  /** Peak JS heap above the step's starting point, in MB. */
  workerPeakMb: number;
  pagePeakMb: number;
}

export interface TransferFigures {
  claims: number;
  fileMb: number;
  steps: Record<string, TransferStep>;
  /** Sizes of the exported files, MB. */
  exportMb: Record<string, number>;
}

const MB = 1e6;
/** How long a step may take before the benchmark gives up on it. */
const STEP_TIMEOUT = 30 * 60_000;

/**
 * The heap of the service worker, reached from the page's DevTools session: Playwright opens no
 * session on a service worker, but the protocol's Target domain can attach to one.
 */
export async function workerHeap(
  cdp: CDPSession,
): Promise<{ used: () => Promise<number>; gc: () => Promise<void> }> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  if (!target) throw new Error('The extension’s service worker is not running.');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as {
    sessionId: string;
  };
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
    waiting.delete(reply.id ?? -1);
  });
  const call = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  return {
    used: async () => ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize,
    gc: async () => void (await call('HeapProfiler.collectGarbage')),
  };
}

/** Runs `step`, sampling both heaps until it ends. */
export async function measured(
  cdp: CDPSession,
  worker: Awaited<ReturnType<typeof workerHeap>>,
  step: () => Promise<unknown>,
): Promise<TransferStep> {
  await worker.gc();
  await cdp.send('HeapProfiler.collectGarbage');
  const pageUsed = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const base = { worker: await worker.used(), page: await pageUsed() };
  const peak = { ...base };
  const state = { running: true };
  const sampling = (async () => {
    while (state.running) {
      const [w, p] = await Promise.all([worker.used(), pageUsed()]);
      peak.worker = Math.max(peak.worker, w);
      peak.page = Math.max(peak.page, p);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  try {
    await step();
  } finally {
    state.running = false;
  }
  const ms = performance.now() - started;
  await sampling;
  return { ms, workerPeakMb: (peak.worker - base.worker) / MB, pagePeakMb: (peak.page - base.page) / MB };
}

async function exportFile(options: Page, format: string, dir: string): Promise<number> {
  await options.getByLabel('Export format').selectOption(format);
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: STEP_TIMEOUT }),
    options.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(dir, `export.${format}`);
  await download.saveAs(path);
  return (await fileStat(path)).size;
}

/** Imports a library of `count` claims into a fresh browser and exports it in every format. */
export async function transferFigures(
  count: number,
  log: (message: string) => void,
): Promise<TransferFigures> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(noChromeMessage());
  const dir = await mkdtemp(join(tmpdir(), 'backstory-bench-transfer-'));
  const file = join(dir, 'library.json');
  await writeFile(file, bigLibraryJson(count));
  const browser = await launchWithExtension({
    executablePath,
    extensionDir: extensionDir('chrome'),
    headless: true,
  });
  try {
    const options = await browser.context.newPage();
    options.setDefaultTimeout(STEP_TIMEOUT);
    await options.goto(`${browser.origin}options.html`);
    const cdp = await browser.context.newCDPSession(options);
    const worker = await workerHeap(cdp);
    const steps: Record<string, TransferStep> = {};
    const exportMb: Record<string, number> = {};

    log(`  import preview of ${count.toLocaleString('en-GB')} claims`);
    steps['import_preview'] = await measured(cdp, worker, async () => {
      await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles(file);
      await options.getByRole('button', { name: `Import ${plural(count, 'claim')}` }).waitFor();
    });
    log('  import');
    steps['import_apply'] = await measured(cdp, worker, async () => {
      await options.getByRole('button', { name: `Import ${plural(count, 'claim')}` }).click();
      await options.getByText(`Imported ${plural(count, 'new claim')}`).waitFor();
    });
    for (const format of ['json', 'w3c', 'csv', 'md', 'csl']) {
      log(`  export ${format}`);
      let size = 0;
      steps[`export_${format}`] = await measured(cdp, worker, async () => {
        size = await exportFile(options, format, dir);
      });
      exportMb[format] = size / MB;
    }
    return { claims: count, fileMb: (await fileStat(file)).size / MB, steps, exportMb };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The figures as the table README and `bench/results/transfer.md` show. */
export function transferMarkdown(f: TransferFigures, machine: string): string {
  const rows = Object.entries(f.steps).map(
    ([name, s]) =>
      `| ${name.replace('_', ' ')} | ${fmt(s.ms / 1000)} s | ${fmt(s.workerPeakMb)} MB | ${fmt(s.pagePeakMb)} MB | ${
        name.startsWith('export_')
          ? `${fmt(f.exportMb[name.slice('export_'.length)] ?? 0)} MB`
          : `${fmt(f.fileMb)} MB`
      } |`,
  );
  return `# Backstory benchmark: a library of ${f.claims.toLocaleString('en-GB')} claims

One run, through the options page of a fresh Chromium profile. Machine: ${machine}.
Heap: the highest JS heap seen (sampled every 50 ms) above what the service worker (background)
and the options page held before the step.

| Step | Time | Background heap, peak | Options page heap, peak | File |
|---|---|---|---|---|
${rows.join('\n')}
`;
}
