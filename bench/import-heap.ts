/**
 * A hostile import file's cost to the background, in real Chromium: a Backstory JSON file of
 * one claim and `relations` relations between knowledge-base claims (1,000,000 is the most a
 * file may hold, `MAX_BUNDLE_ITEMS`) is chosen in the options page (the preview) and imported.
 * For each step: its time and the service worker's peak JS heap above where it started
 * (`measured`, as the transfer benchmark samples it). The file is generated, never committed.
 *
 *   npx tsx bench/import-heap.ts [relations] [extension dir]
 *
 * Figures of 7 December 2026 are in `test/attacks/FINDINGS.md` (attacker review "a hostile file
 * and a hostile page").
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { extensionDir } from '../scripts/lib/build';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { relationId } from '../lib/claims/schema';
import { claim } from '../test/attacks/import-files';
import { measured, workerHeap } from './lib/transfer';

const STEP_TIMEOUT = 60 * 60_000;

/** Writes the file a relation at a time (a million of them is about 200 MB of text). */
async function writeFile(path: string, relations: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const head = {
    format: 'backstory-claims',
    formatVersion: 1,
    exported: '2026-12-07T00:00:00.000Z',
    kbVersion: '',
    claims: [claim('00000000-0000-4000-8000-000000000001')],
  };
  await write(`${JSON.stringify(head).slice(0, -1)},"relations":[`);
  for (let i = 0; i < relations; i++) {
    const from = { kind: 'kb' as const, id: `c-from-${i}` };
    const to = { kind: 'kb' as const, id: `c-to-${i}` };
    const relation = {
      id: relationId(from, to),
      from,
      to,
      relation: 'agree',
      created: '2026-01-01T00:00:00.000Z',
    };
    await write(`${i ? ',' : ''}${JSON.stringify(relation)}`);
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
}

async function main() {
  const relations = Number(process.argv[2] ?? 1_000_000);
  const dir = process.argv[3] ?? extensionDir('chrome');
  const executablePath = findChrome();
  if (!executablePath) throw new Error(noChromeMessage());
  const tmp = await mkdtemp(join(tmpdir(), 'backstory-import-heap-'));
  const file = join(tmp, 'relations.json');
  await writeFile(file, relations);
  console.log(
    `${relations.toLocaleString('en-GB')} relations, ${((await stat(file)).size / 1e6).toFixed(0)} MB, ${dir}`,
  );
  const browser = await launchWithExtension({ executablePath, extensionDir: dir, headless: true });
  try {
    const options = await browser.context.newPage();
    options.setDefaultTimeout(STEP_TIMEOUT);
    await options.goto(`${browser.origin}options.html`);
    const cdp = await browser.context.newCDPSession(options);
    const worker = await workerHeap(cdp);
    const importButton = options.getByRole('button', { name: 'Import 1 claim' });
    const preview = await measured(cdp, worker, async () => {
      await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles(file);
      await importButton.waitFor();
    });
    console.log(
      `preview: ${(preview.ms / 1000).toFixed(0)} s, background heap peak +${preview.workerPeakMb.toFixed(0)} MB`,
    );
    const apply = await measured(cdp, worker, async () => {
      await importButton.click();
      await options.getByText('Imported 1 new claim').waitFor();
    });
    console.log(
      `import: ${(apply.ms / 1000).toFixed(0)} s, background heap peak +${apply.workerPeakMb.toFixed(0)} MB`,
    );
  } finally {
    await browser.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
