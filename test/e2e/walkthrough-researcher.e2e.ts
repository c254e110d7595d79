/**
 * A newcomer's walk through the researcher's flow, from the keyboard: three claims marked on a
 * news page with notes (one in Japanese and Arabic, with an emoji) and tags, the side panel's
 * claims, an export in each of the five formats, the claims deleted, and each file offered back
 * to the import. Backstory JSON and W3C Web Annotation bring back every note, quote, page
 * address, date and tag; CSV, Markdown and CSL-JSON are refused in one plain sentence that names
 * the file and says what to choose instead. With BACKSTORY_E2E_SHOTS set, every state is shot
 * at 400 px and 200 % zoom, light and dark (shots.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClaim } from '../../lib/claims/schema';
import { POLL } from '../poll';
import { axePage } from './axe';
import { claimForm, formTookFocus, listClaims } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';
import { shoot } from './shots';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks in Washington</title>
<meta property="og:site_name" content="Walkthrough News"><meta property="article:published_time" content="2025-06-19T08:00:00Z">
</head><body><main><h1>Talks in Washington</h1>
<p id="p1">Field Marshal Asim Munir met officials in Washington to discuss the plan for Gaza.</p>
<p id="p2">Donald Trump said the lunch went well and that trade would follow.</p>
<p id="p3">Officials in Islamabad said no decision had been taken on any deployment of troops.</p>
</main></body></html>`;

const notes: Record<string, { note: string; tags: string }> = {
  p1: { note: 'Check against the Pentagon readout.', tags: 'pentagon, gaza' },
  p2: { note: '東京の記者による確認 — تأكيد من المراسل 📰✅', tags: 'trade, 日本' },
  p3: { note: 'Denied the same day; see the ISPR statement.', tags: 'troops' },
};
const FORMATS = ['json', 'w3c', 'csv', 'md', 'csl'] as const;
/** The keys that pick each format by its name's first letter ("CSV…", then "CSL…" on C again). */
const TYPE_AHEAD = { json: ['b'], w3c: ['w'], csv: ['c'], md: ['m'], csl: ['c'] } as const;

let session: Session;
let control: ControlPage;
let page: Page;
let tabId: number;
let panel: Page;
let marked: SavedClaim[];
const files: Partial<Record<(typeof FORMATS)[number], { name: string; body: Buffer }>> = {};

beforeAll(async () => {
  session = await startSession({ pages: { '/talks.html': article } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

/** What of a claim must survive a round trip. */
const kept = (c: SavedClaim) => ({
  note: c.note,
  tags: c.tags,
  url: c.url,
  quote: c.selectors,
  created: c.created,
  updated: c.updated,
  published: c.page.published,
  title: c.page.title,
  label: c.label,
});
const IMPORT_LABEL = 'Import claims (Backstory JSON or W3C Web Annotation)';

async function openImport(): Promise<Page> {
  const options = await session.openExtensionPage('options.html');
  await options.setViewportSize({ width: 400, height: 800 });
  return options;
}

/** axe-core's problems on `page` in the light and the dark scheme, one line each. */
async function axeBothSchemes(view: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await view.emulateMedia({ colorScheme: scheme });
    for (const line of await axePage(view)) found.push(`${scheme}: ${line}`);
  }
  await view.emulateMedia({ colorScheme: 'light' });
  return found;
}

const byQuote = (a: { quote: unknown }, b: { quote: unknown }) =>
  JSON.stringify(a.quote).localeCompare(JSON.stringify(b.quote));

/** Tabs forward in `frame` until `done` holds (at most 20 presses), as a keyboard reader does. */
async function tabUntil(on: Page, frame: Frame | Page, done: () => Promise<boolean>): Promise<void> {
  for (let n = 0; n < 20 && !(await done()); n++) await on.keyboard.press('Tab');
  expect(await done()).toBe(true);
}

const focusedLabel = (frame: Frame | Page) =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.localName} ${el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent?.trim() ?? el?.textContent?.trim() ?? ''}`;
  });

describe('the researcher’s flow, from the keyboard', () => {
  it('marks three claims with notes and tags', async () => {
    page = await session.context.newPage();
    await page.goto(new URL('talks.html', session.server.url).href);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    tabId = await session.tabIdOf(page);
    for (const [id, { note, tags }] of Object.entries(notes)) {
      // Caret browsing selects the words; Alt+Shift+M (sent as the browser would) marks them.
      await page.evaluate((where) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(where)!);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      }, id);
      expect(await control.tab(tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
      const form = await claimForm(page);
      await formTookFocus(form);
      await page.keyboard.type(note);
      await tabUntil(page, form, async () => (await focusedLabel(form)).includes('Tags'));
      await page.keyboard.type(tags);
      if (id === 'p2') await shoot(page, 'walk-01-claim-form');
      await page.keyboard.press('Escape');
      await expect
        .poll(() => page.frames().some((f) => f.url().includes('/claim-form.html')), POLL)
        .toBe(false);
    }
    await expect
      .poll(async () => (await listClaims(session)).filter((c) => c.note !== '').length, POLL)
      .toBe(3);
    marked = await listClaims(session);
    expect(marked.map((c) => c.note).toSorted()).toEqual(
      Object.values(notes)
        .map((n) => n.note)
        .toSorted(),
    );
  });

  it('shows them in the side panel and exports each format', async () => {
    panel = await session.openExtensionPage(`sidepanel.html?tab=claims&tabId=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 800 });
    const list = panel.getByRole('list', { name: /claims/i });
    await expect.poll(() => list.first().getByRole('listitem').count(), POLL).toBe(3);
    await shoot(panel, 'walk-02-panel-claims');
    // Export sits with every claim, not only this page's.
    await panel.getByRole('button', { name: 'All claims' }).focus();
    await panel.keyboard.press('Enter');
    await panel.getByLabel('Export format').waitFor();
    // Export is disabled (and so skipped by Tab) until the list has come from the background:
    // on a loaded machine that took longer than twenty presses of Tab (CI on a1b33bb).
    await expect.poll(() => panel.getByRole('button', { name: 'Export' }).isEnabled(), POLL).toBe(true);
    const format = panel.getByLabel('Export format');
    for (const [n, name] of FORMATS.entries()) {
      await format.focus();
      // Type-ahead on the closed list, as a keyboard reader picks an option by its first letter.
      for (const key of TYPE_AHEAD[name]) await panel.keyboard.press(key);
      expect(await format.inputValue(), `after ${n} formats`).toBe(name);
      await panel.keyboard.press('Tab');
      await tabUntil(panel, panel, async () => (await focusedLabel(panel)) === 'button Export');
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.keyboard.press('Enter')]);
      files[name] = { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
    }
    await shoot(panel, 'walk-03-panel-exported');
    expect(Object.keys(files)).toEqual([...FORMATS]);
  });

  it('deletes the claims from the panel, focus on Undo each time', async () => {
    for (let left = 3; left > 0; left--) {
      await panel.getByRole('button', { name: 'Delete', exact: true }).first().focus();
      await panel.keyboard.press('Enter');
      await expect.poll(() => focusedLabel(panel), POLL).toMatch(/Undo/);
      await expect.poll(async () => (await listClaims(session)).length, POLL).toBe(left - 1);
    }
    await shoot(panel, 'walk-04-panel-empty');
  });

  it.each(['json', 'w3c'] as const)('imports the %s file back with nothing lost', async (name) => {
    const options = await openImport();
    const file = files[name]!;
    await options
      .getByLabel(IMPORT_LABEL)
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.body });
    const importButton = options.getByRole('button', { name: /^Import \d+ claims?$/ });
    await importButton.waitFor();
    await shoot(options, `walk-05-import-preview-${name}`);
    expect(await axeBothSchemes(options)).toEqual([]);
    await importButton.focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await listClaims(session)).length, POLL).toBe(3);
    await options.getByText(/^Imported 3 new/).waitFor();
    await shoot(options, `walk-06-imported-${name}`);
    const back = (await listClaims(session)).map(kept).toSorted(byQuote);
    expect(back).toEqual(marked.map(kept).toSorted(byQuote));
    for (const claim of await listClaims(session))
      expect(await control.background('deleteClaim', { id: claim.id })).toMatchObject({ ok: true });
    await options.close();
  });

  it.each(['csv', 'md', 'csl'] as const)(
    'refuses the %s file in one plain sentence naming it',
    async (name) => {
      const options = await openImport();
      const file = files[name]!;
      await options
        .getByLabel(IMPORT_LABEL)
        .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.body });
      // The refusal, not "Reading <file>…" said while the file is read.
      const refusal = options.getByText(file.name, { exact: false }).filter({ hasNotText: /^Reading / });
      await expect.poll(() => refusal.count(), POLL).toBeGreaterThan(0);
      const text = (await refusal.first().textContent())!.trim();
      await shoot(options, `walk-07-refused-${name}`);
      expect(await axeBothSchemes(options)).toEqual([]);
      // It names the file, and has one full stop: its last character.
      expect({ text, names: text.startsWith(file.name), stops: text.match(/[.!?](\s|$)/g)?.length }).toEqual({
        text,
        names: true,
        stops: 1,
      });
      expect(await listClaims(session)).toEqual([]);
      await options.close();
    },
  );
});
