/**
 * Typing at once: a reader who marks a claim and starts the note straight away, while the claim
 * form is still loading, finds every key in the note, once and in order, and saved. Keys typed
 * before the form's frame has loaded reach the page's frame (Chromium delivers them there), which
 * holds them for the form; keys typed in the form before the claim has loaded are held there.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { until, POLL } from '../poll';
import { claimForm, clickMarkClaim, formTookFocus, listClaims, select } from './claim-page';
import { startSession, type Session } from './harness';
import { namesDrawn } from './names-drawn';
import { axePage } from './axe';
import { shoot } from './shots';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Typing at once</title></head>
<body><article>
<p>Field Marshal Asim Munir was greeted warmly at the Pentagon by top brass on Tuesday.</p>
<p>Officials in Washington described the talks with Pakistan as frank and useful.</p>
</article>
<script>
  // A page that types into whatever has focus whenever the reader presses a key: none of it may
  // reach the note (only the browser's own key events are held for the form).
  addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const made = new KeyboardEvent('keydown', { key: 'X', bubbles: true, composed: true });
    (document.activeElement ?? document.body).dispatchEvent(made);
  }, true);
</script>
</body></html>`;

let session: Session;
let runs = 0;

beforeAll(async () => {
  session = await startSession({ pages: { '/typing.html': article } });
});
afterAll(async () => {
  await session?.close();
});

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL(`typing.html?run=${++runs}`, session.server.url).href);
  await namesDrawn(page);
  return page;
}

describe('typing as soon as the claim form is drawn', () => {
  it('keeps every key typed while the form loads in the note, once and in order', async () => {
    const page = await open();
    await select(page, 'greeted warmly at the Pentagon');
    await clickMarkClaim(page);
    // The marker is redrawn as it goes from "Saving…" to the frame: a node read as it goes is asked again.
    const drawn = () =>
      visibleOwnUi(page, '.bs-form-frame').then(
        (el) => el !== undefined,
        () => false,
      );
    await until(drawn, 'the form’s frame to be drawn', 5);
    // At once, as a reader would: the form has not loaded yet.
    const note = 'Pentagon visit: check the date.\nAsk the desk.';
    await page.keyboard.type(note);
    const form = await claimForm(page);
    await formTookFocus(form);
    await expect.poll(() => form.evaluate(() => document.querySelector('textarea')!.value), POLL).toBe(note);
    expect(await axePage(form)).toEqual([]);
    await shoot(page, 'typed-ahead-form');
    const id = new URL(form.url()).searchParams.get('claim');
    await expect
      .poll(async () => (await listClaims(session)).find((c) => c.id === id)?.note, POLL)
      .toBe(note);
    await page.close();
  });
});
