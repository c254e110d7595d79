/**
 * Text a sighted reader cannot see is not read: no underline, no count in the side panel, no
 * card. Hidden by the page's style sheet (not an attribute, which the static reading already
 * skips), in the built extension; text the page shows later is read then.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;

const STYLE = `<style>
  .gone { display: none } .ghost { visibility: hidden } .faded { opacity: 0 }
  .folded { content-visibility: hidden } .clear { color: transparent }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
  .fade { opacity: 0; transition: opacity 50ms } .fade.in { opacity: 1 }
  .spacer { height: 3000px }
</style>`;

const article = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Hidden</title>${STYLE}</head><body>${body}</body></html>`;

beforeAll(async () => {
  session = await startSession({
    pages: {
      // The last paragraph, read last (below the first screen), tells that the page was read.
      '/hidden.html': article(
        '<p>Asim Munir spoke first.</p>' +
          '<div class="gone"><p>Donald Trump replied.</p></div>' +
          '<p class="ghost">Marco Rubio listened.</p>' +
          '<div class="faded"><p>Benjamin Netanyahu waited.</p></div>' +
          '<div class="folded"><p>Joe Biden wrote.</p></div>' +
          '<p>The talks went on <span class="gone">with Masoud Pezeshkian </span>late.</p>' +
          '<div class="spacer"></div><p>Shehbaz Sharif closed the meeting.</p>',
      ),
      '/screen-reader.html': article(
        '<p>Asim Munir spoke <span class="sr-only">with Donald Trump</span>.</p>' +
          '<div class="spacer"></div><p>Shehbaz Sharif closed the meeting.</p>',
      ),
      '/shown-later.html': article(
        '<p>Asim Munir spoke.</p><div class="gone" id="tab"><p>Donald Trump replied.</p></div>' +
          '<p class="fade" id="fade">Marco Rubio listened.</p>',
      ),
    },
  });
});
afterAll(async () => {
  await session?.close();
});

async function entities(page: Page): Promise<string[]> {
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
    res: { value: { entities: { id: string }[] } };
  };
  return reply.res.value.entities.map((e) => e.id).toSorted();
}

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL(path, session.server.url).href);
  return page;
}

describe('text hidden by the page', () => {
  it('is not read when a style sheet hides it: display, visibility, opacity, content-visibility', async () => {
    const page = await open('hidden.html');
    await expect.poll(() => entities(page), POLL).toContain('shehbaz-sharif');
    expect(await entities(page)).toEqual(['asim-munir', 'shehbaz-sharif']);
    await page.close();
  });

  it('is read when it is kept for screen readers only (sr-only)', async () => {
    const page = await open('screen-reader.html');
    await expect.poll(() => entities(page), POLL).toContain('shehbaz-sharif');
    expect(await entities(page)).toEqual(['asim-munir', 'donald-trump', 'shehbaz-sharif']);
    await page.close();
  });

  it('is read once the page shows it: a tab shown by a class, a paragraph that fades in', async () => {
    const page = await open('shown-later.html');
    await expect.poll(() => entities(page), POLL).toContain('asim-munir');
    expect(await entities(page)).toEqual(['asim-munir']);
    await page.evaluate(() => {
      document.getElementById('tab')!.classList.remove('gone');
      document.getElementById('fade')!.classList.add('in');
    });
    await expect.poll(() => entities(page), POLL).toEqual(['asim-munir', 'donald-trump', 'marco-rubio']);
    await page.close();
  });
});
