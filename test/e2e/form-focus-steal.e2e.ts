/**
 * A page cannot take the keyboard from the claim form. The form is an extension page in a frame,
 * so the page never sees the keys typed there; but the page may focus its own elements at any
 * time, and a parent's `focus()` pulls focus out of a child frame: keys the reader types next,
 * believing they write their note, go to the page.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from '../poll';
import { queryOwnUi } from '../../scripts/lib/own-ui';
import { FORM_TAKEN_MESSAGE } from '../../entrypoints/content/form-focus';
import { claimForm, clickMarkClaim, formTookFocus, listClaims, select } from './claim-page';
import { startSession, type Session } from './harness';

const QUOTE = 'was greeted warmly at the Pentagon by top brass';

/** An article whose script can move focus to a field of its own that keeps every key typed. */
const STEALING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Munir at the Pentagon</title></head>
<body><article><h1>Munir at the Pentagon</h1>
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
let runs = 0;

beforeAll(async () => {
  session = await startSession({ pages: { '/steal.html': STEALING } });
});
afterAll(async () => {
  await session?.close();
});

const attack = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Opens the page, marks the quote with the mouse, and waits for the form to take focus. */
async function markAndOpenForm(): Promise<{ page: Page; form: Frame }> {
  const page = await session.context.newPage();
  await page.goto(new URL(`/steal.html?run=${++runs}`, session.server.url).href);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
    .toBeGreaterThan(0);
  await select(page, QUOTE);
  await clickMarkClaim(page);
  const form = await claimForm(page);
  await formTookFocus(form);
  return { page, form };
}

const note = (form: Frame) => form.evaluate(() => document.querySelector('textarea')!.value);
const formHasFocus = (form: Frame) => form.evaluate(() => document.hasFocus());

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
