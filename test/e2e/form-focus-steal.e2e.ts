/**
 * A page cannot take the keyboard from the claim form. The form is an extension page in a frame,
 * so the page never sees the keys typed there; but the page may focus its own elements at any
 * time, and a parent's `focus()` pulls focus out of a child frame: keys the reader types next,
 * believing they write their note, go to the page. Backstory takes focus back, and the reader's
 * own ways out stay open: a click on the page, and Tab, which the form hands to the content
 * script to carry out rather than racing it (entrypoints/claim-form/tab-out.ts).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from '../poll';
import { queryOwnUi } from '../../scripts/lib/own-ui';
import { FORM_TAKEN_MESSAGE } from '../../entrypoints/content/form-focus';
import { formTookFocus, listClaims, openAndMark } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';

const QUOTE = 'was greeted warmly at the Pentagon by top brass';

/** An article whose script can move focus to a field of its own that keeps every key typed. */
const STEALING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Munir at the Pentagon</title></head>
<body><article><h1>Munir at the Pentagon</h1>
<p><button id="share" type="button">Share</button></p>
<p>Field Marshal Asim Munir ${QUOTE}, officials said.</p>
<p>He later met President Donald Trump for lunch at the White House.</p></article>
<input id="trap" aria-label="Search" style="position: fixed; left: 0; bottom: 0; width: 4px; height: 4px; opacity: 0.01; border: 0">
<script>
window.attack = { typed: '' };
const trap = document.getElementById('trap');
document.addEventListener('keydown', (event) => { if (event.key.length === 1) window.attack.typed += event.key; }, true);
window.attack.steal = () => trap.focus();
// Hides every focus event from scripts that listen after the page's own (Backstory's).
window.attack.hideFocus = () => addEventListener('focusin', (event) => event.stopImmediatePropagation(), true);
</script></body></html>`;

let session: Session;
let control: ControlPage;
let runs = 0;

beforeAll(async () => {
  session = await startSession({ pages: { '/steal.html': STEALING } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

const attack = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Opens the page, marks the quote with the mouse, and waits for the form to take focus. */
async function markAndOpenForm(): Promise<{ page: Page; form: Frame }> {
  const opened = await openAndMark(session, `/steal.html?run=${++runs}`, QUOTE);
  await formTookFocus(opened.form);
  return opened;
}

const note = (form: Frame) => form.evaluate(() => document.querySelector('textarea')!.value);
const formHasFocus = (form: Frame) => form.evaluate(() => document.hasFocus());
const pageFocus = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const formFocus = (form: Frame) =>
  form.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

/** Presses `key` in the form until the control named `name` has focus there. */
async function tabTo(page: Page, form: Frame, key: string, name: string) {
  for (let n = 0; n < 30 && (await formFocus(form)) !== name; n++) await page.keyboard.press(key);
  expect(await formFocus(form)).toBe(name);
}

/**
 * Holds back every message the form sends through a MessagePort (its word that the reader's Tab
 * leaves it) until `release`, as a machine too busy to pass it on would.
 */
const holdFormMessages = (form: Frame) =>
  form.evaluate(() => {
    const send = MessagePort.prototype.postMessage;
    const held: (() => void)[] = [];
    Object.assign(window, { held, release: () => held.splice(0).forEach((go) => go()) });
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
      held.push(() => Reflect.apply(send, this, args));
    } as typeof send;
  });
const heldMessages = (form: Frame) =>
  form.evaluate(() => (window as unknown as { held: unknown[] }).held.length);
const release = (form: Frame) =>
  form.evaluate(() => (window as unknown as { release: () => void }).release());

describe('a page that moves focus while the reader types in the claim form', () => {
  it('does not get the keys the reader types for their note', async () => {
    const { page, form } = await markAndOpenForm();
    await page.keyboard.type('Met ');
    // The page's own script, as a timer would run it while the reader types.
    await attack(page, 'window.attack.steal()');
    await page.keyboard.type('my source in private');
    expect(await attack<string>(page, 'window.attack.typed')).toBe('');
    await expect.poll(() => note(form), POLL).toBe('Met my source in private');
    await page.close();
  });

  it('puts a letter that reaches the form before its field has focus back into the field', async () => {
    const { page, form } = await markAndOpenForm();
    await page.keyboard.type('Met ');
    // As when focus comes back from the page and the next key overtakes the frame's focus event:
    // the frame has focus, its body does, not the note.
    await form.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await form.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.type('my source');
    await expect.poll(() => note(form), POLL).toBe('Met my source');
    await page.close();
  });

  it('takes the keyboard back from a page that hides focus events from it', async () => {
    const { page, form } = await markAndOpenForm();
    await attack(page, 'window.attack.hideFocus()');
    await attack(page, 'window.attack.steal()');
    await expect.poll(() => formHasFocus(form), POLL).toBe(true);
    await page.keyboard.type('still private');
    expect(await attack<string>(page, 'window.attack.typed')).toBe('');
    await expect.poll(() => note(form), POLL).toBe('still private');
    await page.close();
  });

  it('closes the form, keeping the note, when the page keeps taking the keyboard', async () => {
    const { page, form } = await markAndOpenForm();
    const id = new URL(form.url()).searchParams.get('claim');
    await page.keyboard.type('typed before');
    for (let n = 0; n < 2; n++) {
      await attack(page, 'window.attack.steal()');
      await expect.poll(() => formHasFocus(form), POLL).toBe(true);
    }
    await attack(page, 'window.attack.steal()');
    await expect
      .poll(async () => (await queryOwnUi(page, '.bs-error'))[0]?.text, POLL)
      .toBe(FORM_TAKEN_MESSAGE);
    expect(page.frames().some((f) => f.url().includes('/claim-form.html'))).toBe(false);
    await expect
      .poll(async () => (await listClaims(session)).find((c) => c.id === id)?.note, POLL)
      .toBe('typed before');
    await page.close();
  });

  it('lets the reader click out of the form onto the page, and type there', async () => {
    const { page, form } = await markAndOpenForm();
    await page.click('#trap', { force: true });
    await page.keyboard.type('search words');
    expect(await attack<string>(page, 'window.attack.typed')).toBe('search words');
    expect(await formHasFocus(form)).toBe(false);
    await page.close();
  });
});

describe('the reader’s Tab out of the claim form, with the page guarded', () => {
  it('Shift+Tab leaves for the page however late the form’s word comes, three times without closing the form', async () => {
    const { page, form } = await markAndOpenForm();
    const tabId = await session.tabIdOf(page);
    await page.keyboard.type('kept');
    await holdFormMessages(form);
    for (let n = 0; n < 3; n++) {
      await tabTo(page, form, 'Shift+Tab', 'Close');
      await page.keyboard.press('Shift+Tab');
      // The Tab is in the form's word, held: focus has not moved, so nothing can take it back.
      await expect.poll(() => heldMessages(form), POLL).toBe(1);
      expect(await formHasFocus(form)).toBe(true);
      expect(await formFocus(form)).toBe('Close');
      await release(form);
      // The page's last control before Backstory's UI, as the browser's Shift+Tab would.
      await expect.poll(() => pageFocus(page), POLL).toBe('trap');
      expect(await formHasFocus(form)).toBe(false);
      // Back with the marking shortcut (nothing selected), as a reader would.
      expect(await control.tab(tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
      await expect.poll(() => formHasFocus(form), POLL).toBe(true);
    }
    expect(await queryOwnUi(page, '.bs-error')).toEqual([]);
    expect(await note(form)).toBe('kept');
    await page.close();
  });

  it('Tab past the form’s last control goes on to the page (round to its first control)', async () => {
    const { page, form } = await markAndOpenForm();
    await holdFormMessages(form);
    await tabTo(page, form, 'Tab', 'Save details');
    await page.keyboard.press('Tab');
    await expect.poll(() => heldMessages(form), POLL).toBe(1);
    expect(await formHasFocus(form)).toBe(true);
    await release(form);
    // Backstory's UI is the document's last element: Tab comes round to the page's first control.
    await expect.poll(() => pageFocus(page), POLL).toBe('share');
    await page.keyboard.type('x');
    expect(await attack<string>(page, 'window.attack.typed')).toBe('x');
    await page.close();
  });
});
