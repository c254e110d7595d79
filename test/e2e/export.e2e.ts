import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaims, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Export test</title>
<meta property="og:site_name" content="Export Example"></head><body>
<p>Field Marshal Asim Munir met Donald Trump for lunch at the White House.</p>
<p>=HYPERLINK("http://evil.example") said nobody, but Pakistan noticed.</p></body></html>`;

let first: Session;
let exported: { json: string; csv: string };

beforeAll(async () => {
  first = await startSession({ pages: { '/export.html': page } });
});
afterAll(async () => {
  await first?.close();
});

describe('export and import', () => {
  it('exports CSV and JSON from the side panel', async () => {
    const tab = await first.context.newPage();
    await tab.goto(new URL('export.html', first.server.url).href);
    await namesDrawn(tab);
    const tabId = await first.tabIdOf(tab);
    for (const text of [
      'met Donald Trump for lunch at the White House',
      '=HYPERLINK("http://evil.example") said nobody',
    ]) {
      await select(tab, text);
      const reply = (await first.sendToTab(tabId, wireMessage('markSelection', {}))) as {
        res: { value: boolean };
      };
      expect(reply.res.value).toBe(true);
    }
    expect(await listClaims(first)).toHaveLength(2);

    const panel = await first.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    await expect
      .poll(() => panel.getByRole('list', { name: 'All claims' }).getByRole('listitem').count(), POLL)
      .toBe(2);
    const download = async (format: string) => {
      await panel.getByLabel('Export format').selectOption(format);
      const [file] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^backstory-claims-\\d{4}-\\d{2}-\\d{2}\\.${format === 'json' ? 'json' : 'csv'}$`),
      );
      return readFile((await file.path())!, 'utf8');
    };
    exported = { csv: await download('csv'), json: await download('json') };

    const rows = Papa.parse<Record<string, string>>(exported.csv.trim(), { header: true }).data;
    expect(rows).toHaveLength(2);
    const quotes = rows.map((r) => r['quote']).toSorted();
    expect(quotes).toEqual([
      '\'=HYPERLINK("http://evil.example") said nobody',
      'met Donald Trump for lunch at the White House',
    ]);
    expect(rows.every((r) => r['site'] === 'Export Example')).toBe(true);
    expect(JSON.parse(exported.json)).toMatchObject({ format: 'backstory-claims', formatVersion: 1 });

    // One note per page: a zip, which crosses the export port as base64 and is saved as bytes.
    await panel.getByLabel('Export format').selectOption('md');
    await panel.getByLabel('One note per page (a zip)').check();
    const [zip] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^backstory-claims-\d{4}-\d{2}-\d{2}\.zip$/);
    const notes = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
    expect(Object.keys(notes)).toHaveLength(1);
    const note = strFromU8(Object.values(notes)[0]!);
    expect(note).toContain('met Donald Trump for lunch at the White House');
    expect(note).toContain('said nobody');
    await panel.close();
    await tab.close();
  });

  it('imports the JSON into a fresh profile and shows the same claims', async () => {
    const before = await listClaims(first);
    const fresh = await startSession();
    try {
      const options = await fresh.openExtensionPage('options.html');
      await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles({
        name: 'backstory-claims.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported.json),
      });
      const preview = options.getByRole('region', { name: 'Import preview' });
      await expect
        .poll(() => preview.textContent(), POLL)
        .toContain('2 new, 0 updated, 0 unchanged, 0 invalid');
      expect(await listClaims(fresh)).toEqual([]); // nothing written before the reader confirms
      await preview.getByRole('button', { name: 'Import 2 claims' }).click();
      await expect
        .poll(() => options.getByRole('status').last().textContent(), POLL)
        .toMatch(/Imported 2 new/);
      const after = await listClaims(fresh);
      const key = (claims: typeof after) => claims.map((c) => JSON.stringify(c)).toSorted();
      expect(key(after)).toEqual(key(before));
      // The same file again: nothing to import, said in one sentence, and no Import button at all
      // (a newcomer met a disabled "Import 0 claims" with no sentence and took it for broken).
      await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles({
        name: 'backstory-claims.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported.json),
      });
      await expect.poll(() => preview.textContent(), POLL).toContain('0 new, 0 updated, 2 unchanged');
      expect(await preview.textContent()).toContain(
        'Everything in backstory-claims.json is already here: 2 claims the same as yours.',
      );
      expect(await preview.getByRole('button').allTextContents()).toEqual(['Close']);
      await options.close();
    } finally {
      await fresh.close();
    }
  });
});
