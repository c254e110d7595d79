/**
 * Ad hoc: `tsx bench/message-cost.ts <extension dir> [repeats]` measures what one
 * `chrome.runtime.sendMessage` costs a page's content script in CPU time (the main thread's
 * ThreadTime, which a busy machine inflates far less than the wall clock): messages of a given
 * shape are sent from Backstory's isolated world on an idle page, `repeats` at a time, and the
 * thread time is divided among them. Shapes: a tiny request; 50 KB of text as 400 strings or as
 * one; 64 KB and 1 MB as one string; and the replies of `getMatcher` and `getMatcherPiece` (the matcher).
 */
import type { CDPSession } from 'playwright-core';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [dir, repeatsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/message-cost.ts <extension dir> [repeats]');
const repeats = Number(repeatsArg ?? 20);
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', {
  pages: { '/50kb.html': newsPage(50_000, seedAliases()) },
});
const ext = await launchWithExtension({ executablePath, extensionDir: dir, headless: true });

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

/** In the isolated world: sends `repeats` messages (made by `make`), awaits replies, times the calls. */
const SEND = (make: string, awaitReplies: boolean) => `(async () => {
  const make = ${make};
  const messages = Array.from({ length: ${repeats} }, (_, i) => make(i));
  const replies = [];
  const t0 = performance.now();
  for (const message of messages)
    replies.push(new Promise((resolve) => chrome.runtime.sendMessage(message, (r) => { void chrome.runtime.lastError; resolve(r); })));
  const callMs = performance.now() - t0;
  if (${awaitReplies}) await Promise.all(replies);
  return callMs / ${repeats};
})()`;

const envelope = (type: string, data: string) =>
  `(i) => ({ id: i, type: '${type}', data: ${data}, timestamp: Date.now() })`;
// Built once in the isolated world (see BASE), so making the messages costs next to nothing.
const text50k = `globalThis.__text50k`;
const BASE = `globalThis.__text50k = 'Paragraph of news text naming Field Marshal Asim Munir and others. '.repeat(760);
  globalThis.__blocks50k = Array.from({ length: 400 }, (_, k) => __text50k.slice(k * 127, k * 127 + 127));
  globalThis.__text1m = __text50k.repeat(20).split('').join('');`;
const shapes: Record<string, string> = {
  'ping (tiny request)': envelope('ping', `{ nonce: 'n' + i }`),
  'unknown type (no reply)': envelope('nothing', `{ x: i }`),
  '50 KB as 400 strings': envelope('nothing', `{ texts: globalThis.__blocks50k.map((b) => b + i) }`),
  '50 KB as one string': envelope('nothing', `{ text: ${text50k} + i }`),
  '64 KB as one string (1 MB ÷ 16)': envelope('nothing', `{ text: globalThis.__text1m.slice(0, 65536) + i }`),
  '1 MB as 8,000 strings': envelope(
    'nothing',
    `{ texts: Array.from({ length: 20 }, () => globalThis.__blocks50k).flat().map((b) => b + i) }`,
  ),
  '1 MB as one string': envelope('nothing', `{ text: globalThis.__text1m + i }`),
  'getMatcher (12.6 KB reply)': envelope('getMatcher', `{}`),
};

try {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(new URL('/50kb.html', server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0);
  await new Promise((r) => setTimeout(r, 3000)); // "Seen elsewhere" and the card warm-up
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Backstory');
  if (!world) throw new Error(`no isolated world: ${contexts.map((c) => c.name).join(', ')}`);
  const run = async (expression: string) => {
    const before = await threadMs(cdp);
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: number } };
    return { callMs: result.value, threadMs: ((await threadMs(cdp)) - before) / repeats };
  };
  // The matcher's piece needs the current version.
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: `new Promise((r) => chrome.runtime.sendMessage({ id: 0, type: 'getMatcher', data: {}, timestamp: Date.now() }, (x) => r(x.res.value.version)))`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: string } };
  shapes['getMatcherPiece (187 KB reply)'] = envelope(
    'getMatcherPiece',
    `{ version: ${JSON.stringify(result.value)}, index: 0 }`,
  );
  await run(BASE);
  await run(SEND(shapes['ping (tiny request)']!, true)); // warm-up
  for (let round = 0; round < 3; round++)
    for (const [name, make] of Object.entries(shapes)) {
      const idle = await run(`(async () => { await new Promise((r) => setTimeout(r, 50)); return 0; })()`);
      const sent = await run(SEND(make, true));
      // The calls alone: the replies come after the thread time is read.
      const calls = await run(SEND(make, false));
      await run(`new Promise((r) => setTimeout(r, 300))`);
      console.log(
        `${name.padEnd(32)} per message: round trip ${(sent.threadMs - idle.threadMs).toFixed(3)} ms CPU; ` +
          `the call alone ${calls.threadMs.toFixed(3)} ms CPU, ${calls.callMs.toFixed(3)} ms wall`,
      );
    }
} finally {
  await ext.close();
  await server.close();
}
