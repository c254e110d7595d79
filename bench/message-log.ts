/**
 * Ad hoc: `tsx bench/message-log.ts <extension dir> [loads]` lists every message a page's content
 * script sends the background on the 50 KB and 1 MB pages: its type, when it was sent (ms after
 * navigation), how long the native `chrome.runtime.sendMessage` call held the page (its own
 * synchronous time: argument checks and serialising the message), the request's and reply's size
 * as JSON, and when the reply came. It works on a copy of the build whose messaging wrapper
 * (@webext-core/messaging's `sendMessage`) is patched to leave a User Timing mark per reply; the
 * copy is otherwise the build given (use the profiling build: `BACKSTORY_BUILD=bench
 * BACKSTORY_PROFILE=1 npx wxt build`, which leaves that code unminified).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { MARKS, OBSERVERS } from './lib/in-page';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [dir, loadsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/message-log.ts <extension dir> [loads]');
const loads = Number(loadsArg ?? 3);

const ORIGINAL = `if (arg == null) return new Promise((resolve, reject) => chrome.runtime.sendMessage(message, (response) => {
          if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
          else resolve(response);
        }));`;
// Sizes are measured after the timed call, so measuring does not count in `sync`.
const LOGGED = `if (arg == null) return new Promise((resolve, reject) => { const t0 = performance.now(); chrome.runtime.sendMessage(message, (response) => {
          const tr = performance.now();
          const outBytes = JSON.stringify(response ?? null).length;
          if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
          else resolve(response);
          performance.mark('backstory:msglog', { detail: { type: message.type, t0, sync: t1 - t0, inBytes, outBytes, tr } });
        }); const t1 = performance.now(); const inBytes = JSON.stringify(message).length; });`;

const copy = mkdtempSync(join(tmpdir(), 'backstory-msglog-'));
cpSync(dir, copy, { recursive: true });
const script = join(copy, 'content-scripts', 'content.js');
const source = readFileSync(script, 'utf8');
if (!source.includes(ORIGINAL))
  throw new Error('the messaging wrapper was not found: use an unminified build');
writeFileSync(script, source.replace(ORIGINAL, LOGGED));

interface Logged {
  type: string;
  t0: number;
  sync: number;
  inBytes: number;
  outBytes: number;
  tr: number;
}

const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath, extensionDir: copy, headless: true });

/** One load: every message logged until "Seen elsewhere" has sent the page (or 20 s passed). */
async function logged(path: string): Promise<{ messages: Logged[]; scanEnd: number }> {
  const page = await ext.context.newPage();
  await page.addInitScript(OBSERVERS);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      performance
        .getEntriesByName('backstory:msglog')
        .some((m) => (m as PerformanceMark).detail?.type === 'reportPage'),
    null,
    { timeout: 20_000, polling: 50 },
  );
  const marks = (await page.evaluate(MARKS)) as Record<string, { t: number; detail: Logged }[]>;
  await page.close();
  return { messages: (marks['msglog'] ?? []).map((m) => m.detail), scanEnd: marks['scan-end']![0]!.t };
}

try {
  await logged('/1mb.html'); // unmeasured: warms the browser and the background's matcher
  for (const path of Object.keys(pages))
    for (let i = 0; i < loads; i++) {
      const { messages, scanEnd } = await logged(path);
      const sum = (f: (m: Logged) => number) => messages.reduce((a, m) => a + f(m), 0);
      console.log(
        `${path} load ${i + 1}: ${messages.length} messages, native call ${sum((m) => m.sync).toFixed(1)} ms, ` +
          `${(sum((m) => m.inBytes) / 1000).toFixed(1)} KB sent, ${(sum((m) => m.outBytes) / 1000).toFixed(1)} KB received; scan end at ${scanEnd.toFixed(0)} ms`,
      );
      for (const m of messages.toSorted((a, b) => a.t0 - b.t0))
        console.log(
          `  ${m.type.padEnd(16)} sent ${m.t0.toFixed(0).padStart(6)} ms  call ${m.sync.toFixed(2).padStart(6)} ms  ` +
            `out ${(m.inBytes / 1000).toFixed(1).padStart(7)} KB  back ${(m.outBytes / 1000).toFixed(1).padStart(7)} KB  reply after ${(m.tr - m.t0).toFixed(0)} ms`,
        );
    }
} finally {
  await ext.close();
  await server.close();
  rmSync(copy, { recursive: true, force: true });
}
