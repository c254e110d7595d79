/**
 * The side panel's note editor never loses what the reader typed: Edit opens on a note kept as
 * the claim's draft (too long to save, from the claim form or from here); a note over the limit
 * saves the rest and is kept as the draft; Esc closes the editor, and asks first when something
 * changed (Esc again or "Keep editing" goes back to the note); focus comes back to Edit; and a
 * full field says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { axePage } from './axe';
import { claimForm, clickMarkClaim, select } from './claim-page';
import { openControlPage } from './control-page';
import { startSession, type Session } from './harness';
import { openAllClaims, savedClaim } from './saved-claims';
import { POLL } from '../poll';

const claim = savedClaim({ note: 'Short note', tags: ['lunch'] });
const longNote = `${'A long paragraph the reader wrote. '.repeat(600)}The end.`;
const QUOTE = 'no decision has been taken on any deployment of troops';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body>
<article><h1>Live: Gaza force</h1><p id="update">Officials in Islamabad said ${QUOTE} to Gaza.</p>
<p>Asim Munir met officials in Washington to discuss the plan.</p></article></body></html>`;

let session: Session;
let panel: Page;

const focused = () =>
  panel.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.closest('label')?.firstChild?.textContent?.trim();
    return `${el.localName} ${label || (el.textContent ?? '').trim()}`;
  });
const list = () => panel.getByRole('list', { name: 'All claims' });
const note = () => list().getByLabel('Note');

async function background<T>(type: 'noteDraft' | 'keepNoteDraft' | 'listClaims', data: unknown): Promise<T> {
  const control = await openControlPage(session);
  try {
    const reply = await control.background<T>(type, data);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.value;
  } finally {
    await control.page.close();
  }
}

async function openEditor() {
  await list().getByRole('button', { name: 'Edit' }).focus();
  await panel.keyboard.press('Enter');
  await expect.poll(() => focused(), POLL).toBe('textarea Note');
}

beforeAll(async () => {
  session = await startSession({ pages: { '/live.html': article } });
  panel = await openAllClaims(session, { claims: [claim] });
});
afterAll(async () => {
  await session?.close();
});

describe('the side panel note editor', () => {
  it('says "Draft" on the card as soon as a draft is kept, without waiting for the list', async () => {
    // Kept as the claim form keeps one when it closes on a note too long to save: from outside
    // the panel, which fetches its lists again only after its own edits.
    const draft = list().locator('.claim-draft');
    expect(await draft.count()).toBe(0);
    await background('keepNoteDraft', { id: claim.id, note: longNote });
    await expect.poll(() => draft.textContent(), POLL).toMatch(/^Draft Your newer note is not saved/);
  });

  it('opens on the note kept as the claim draft, not on the saved note', async () => {
    expect(longNote.length).toBeGreaterThan(20_000);
    await background('keepNoteDraft', { id: claim.id, note: longNote });
    await openEditor();
    await expect.poll(() => note().inputValue(), POLL).toBe(longNote);
    await expect
      .poll(() => list().locator('.note-count').textContent(), POLL)
      .toMatch(/^21,\d{3} \/ 20,000 characters — Shorten it by 1,\d{3} characters to save it/);
  });

  it('closes on Esc when nothing changed, with focus back on Edit, the draft still kept', async () => {
    await note().press('Escape');
    await expect.poll(() => note().count(), POLL).toBe(0);
    await expect.poll(() => focused(), POLL).toBe('button Edit');
    expect(await background('noteDraft', { id: claim.id })).toBe(longNote);
  });

  it('asks on Esc when the text changed: Esc again keeps editing, "Drop changes" closes', async () => {
    await openEditor();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type(' More.');
    await panel.keyboard.press('Escape');
    const ask = list().getByRole('alertdialog', { name: 'Unsaved changes' });
    await expect.poll(() => ask.count(), POLL).toBe(1);
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    expect(await axePage(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    await expect.poll(() => ask.count(), POLL).toBe(0);
    await expect.poll(() => focused(), POLL).toBe('textarea Note');
    expect(await note().inputValue()).toBe(`${longNote} More.`);

    await panel.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Drop changes' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => note().count(), POLL).toBe(0);
    await expect.poll(() => focused(), POLL).toBe('button Edit');
  });

  it('lets the question go when focus leaves it, and sends Esc back to where it was asked', async () => {
    await openEditor();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type(' Again.');
    const ask = list().getByRole('alertdialog', { name: 'Unsaved changes' });
    // Asked from Cancel: Esc answers "Keep editing", and focus goes back to Cancel.
    await list().getByRole('button', { name: 'Cancel' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    await panel.keyboard.press('Escape');
    await expect.poll(() => ask.count(), POLL).toBe(0);
    await expect.poll(() => focused(), POLL).toBe('button Cancel');
    // Shift+Tab out of the question (to the Tags field): the question goes, nothing is dropped,
    // and focus stays where the reader took it. (Tab on from "Drop changes", the last control on
    // this page, to the browser's own controls: the next test.)
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    await panel.keyboard.press('Shift+Tab');
    await expect.poll(() => ask.count(), POLL).toBe(0);
    expect(await focused()).toBe('input Tags (comma-separated)');
    expect(await note().inputValue()).toBe(`${longNote} Again.`);
    expect(await list().getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    // A press on the question's words, or between its buttons, is no answer: the question
    // stays (focus went nowhere else), and "Drop changes" can still be clicked.
    await note().focus();
    await panel.keyboard.press('Escape');
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    await ask.getByText('Your changes to this claim are not saved').click();
    const drop = ask.getByRole('button', { name: 'Drop changes' });
    const [keep, dropBox] = [
      await ask.getByRole('button', { name: 'Keep editing' }).boundingBox(),
      await drop.boundingBox(),
    ];
    await panel.mouse.click((keep!.x + keep!.width + dropBox!.x) / 2, dropBox!.y + dropBox!.height / 2);
    expect(await ask.count()).toBe(1);
    // Dropped only by "Drop changes".
    await drop.click();
    await expect.poll(() => note().count(), POLL).toBe(0);
  });

  it('lets the question go when Tab takes focus on from its last button out of the page, keeping the text', async () => {
    await openEditor();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type(' Once more.');
    const typed = await note().inputValue();
    const ask = list().getByRole('alertdialog', { name: 'Unsaved changes' });
    await panel.keyboard.press('Escape');
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    await panel.keyboard.press('Tab');
    await expect.poll(() => focused(), POLL).toBe('button Drop changes');
    // "Drop changes" is the last control on the page: Tab on leaves the document for the
    // browser's own controls. The question goes as for any other control; nothing is dropped.
    await panel.keyboard.press('Tab');
    await expect.poll(() => ask.count(), POLL).toBe(0);
    expect(await note().inputValue()).toBe(typed);
    expect(await list().getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    // Dropped only by "Drop changes".
    await note().focus();
    await panel.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Drop changes' }).click();
    await expect.poll(() => note().count(), POLL).toBe(0);
  });

  it('lets the question go when the window loses focus, keeping the text, with focus back in the note', async () => {
    await openEditor();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type(' Then the window went — 窓が閉じた 🪟.');
    const typed = await note().inputValue();
    const ask = list().getByRole('alertdialog', { name: 'Unsaved changes' });
    await panel.keyboard.press('Escape');
    await expect.poll(() => focused(), POLL).toBe('button Keep editing');
    // Playwright tells every page it has focus; without that, bringing another tab to the
    // front blurs the panel's window for real (the reader switched to another window).
    const cdp = await session.context.newCDPSession(panel);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const other = await session.context.newPage();
    try {
      await other.bringToFront();
      await expect.poll(() => panel.evaluate(() => document.hasFocus()), POLL).toBe(false);
      await expect.poll(() => ask.count(), POLL).toBe(0);
      expect(await note().inputValue()).toBe(typed);
      expect(await list().getByRole('button', { name: 'Cancel' }).count()).toBe(1);
      // Back in the panel, the reader lands in the note they were writing.
      await panel.bringToFront();
      await expect.poll(() => panel.evaluate(() => document.hasFocus()), POLL).toBe(true);
      expect(await focused()).toBe('textarea Note');
      expect(await note().inputValue()).toBe(typed);
    } finally {
      await other.close();
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      await cdp.detach();
    }
    // Dropped only by "Drop changes".
    await panel.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Drop changes' }).click();
    await expect.poll(() => note().count(), POLL).toBe(0);
  });

  it('saves the tags with a note over the limit and keeps the note as the draft', async () => {
    await openEditor();
    await note().fill(`${longNote} Edited in the panel.`);
    await list().getByLabel('Tags (comma-separated)').fill('lunch, panel');
    await list().getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          (await background<{ claims: { tags: string[] }[] }>('listClaims', { query: {} })).claims[0]?.tags,
        POLL,
      )
      .toEqual(['lunch', 'panel']);
    await expect
      .poll(() => background('noteDraft', { id: claim.id }), POLL)
      .toBe(`${longNote} Edited in the panel.`);
    // The editor stays open on the note, which is not saved yet.
    await expect.poll(() => note().inputValue(), POLL).toBe(`${longNote} Edited in the panel.`);
    await expect.poll(() => panel.getByRole('status').first().textContent(), POLL).toMatch(/kept as a draft/);
  });

  it('says on the closed card that a draft of its note waits, with the way back to it; the status in view', async () => {
    await panel.setViewportSize({ width: 400, height: 800 });
    // Where the reader is: the editor's Save, at the foot of a long card.
    await list().getByRole('button', { name: 'Save' }).scrollIntoViewIfNeeded();
    const status = panel.getByRole('status').first();
    const box = await status.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    await note().press('Escape');
    await expect.poll(() => note().count(), POLL).toBe(0);
    const marker = list().locator('.claim-draft');
    await expect.poll(() => marker.textContent(), POLL).toMatch(/^Draft Your newer note is not saved/);
    expect(await axePage(panel)).toEqual([]);
    await marker.getByRole('button', { name: 'Open draft' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('textarea Note');
    expect(await note().inputValue()).toBe(`${longNote} Edited in the panel.`);
  });

  it('says so when the field is full', async () => {
    await note().fill('x'.repeat(1_000_000));
    await expect
      .poll(() => list().getByRole('alert').textContent(), POLL)
      .toMatch(/^The note is full \(1,000,000 characters\)/);
  });

  it('drops the draft once a shorter note is saved', async () => {
    await note().fill('Shortened.');
    await list().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => list().locator('.claim-note').textContent(), POLL).toBe('Shortened.');
    await expect.poll(() => background('noteDraft', { id: claim.id }), POLL).toBe(null);
  });
});

describe('the "Drop changes?" question', () => {
  // Runs last: it marks a second claim, and the tests above expect one.
  it('keeps focus on "Drop changes" when the list is drawn again (the claim moved on its page)', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('live.html', session.server.url).href);
    // Backstory has read the page (its names are marked) before the reader selects anything.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    await select(page, QUOTE);
    await clickMarkClaim(page);
    const form = await claimForm(page);
    await form.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await visibleOwnUi(page, '.bs-marker')) === undefined, POLL).toBe(true);
    const tabId = await session.tabIdOf(page);
    const here = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    const onPage = here.getByRole('list', { name: 'Claims on this page' });
    await expect.poll(() => onPage.textContent(), POLL).toContain('found on this page');
    const focusedHere = () => here.evaluate(() => (document.activeElement?.textContent ?? '').trim());

    await onPage.getByRole('button', { name: 'Edit' }).focus();
    await here.keyboard.press('Enter');
    await expect.poll(() => onPage.getByLabel('Note').count(), POLL).toBe(1);
    await onPage.getByLabel('Note').focus();
    await here.keyboard.type('Changed.');
    await here.keyboard.press('Escape');
    await expect.poll(() => focusedHere(), POLL).toBe('Keep editing');
    await here.keyboard.press('Tab');
    await expect.poll(() => focusedHere(), POLL).toBe('Drop changes');

    // The page rewrites the claim's words: the panel, which asks the page where its claims sit,
    // draws the list again with the claim orphaned, while the question is still open.
    await page.evaluate(() => {
      const text = document.getElementById('update')!.firstChild as Text;
      text.data = 'Officials in Islamabad said the committee will meet again next week.';
    });
    await expect.poll(() => onPage.textContent(), POLL).toContain('not found on this page any more');
    expect(await onPage.getByRole('alertdialog', { name: 'Unsaved changes' }).count()).toBe(1);
    expect(await focusedHere()).toBe('Drop changes');
    await here.close();
    await page.close();
  });
});
