/**
 * Page changes are read incrementally (lib/dom/mutation-seams.ts): only the blocks a change can
 * alter are read again. What is found and drawn after any sequence of changes must be exactly
 * what a full rescan of the same page finds and draws, and appending a paragraph to a long feed
 * must read that paragraph, not the feed (issue #19's `long_tasks_feed`). Blocks read are counted
 * from the benchmark build's `backstory:mutations-read` marks: a count, never a duration.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, until } from '../poll';
import { settle } from './card-page';
import { startSession, wireMessage, type Session } from './harness';

const NAMES = ['Asim Munir', 'Shehbaz Sharif', 'Pakistan', 'Iran', 'Donald Trump', 'Benjamin Netanyahu'];
const sentence = (i: number) =>
  `Update ${i}: ${NAMES[i % NAMES.length]} spoke to ${NAMES[(i + 2) % NAMES.length]} on Monday.`;

const page = (paragraphs: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Live</title><style>p { margin: 0; font-size: 10px; line-height: 12px }</style></head>
<body><main><h1>Live</h1><div id="feed">${Array.from(
  { length: paragraphs },
  (_, i) => `<p id="p${i}">${sentence(i)}</p>`,
).join(
  '',
)}</div><div id="mixed">Talks: Shehbaz <b>Sharif</b> met Asim<p id="inner">Iran agreed.</p> Munir later replied.</div>
<p id="footer">Filed from Islamabad.</p></main></body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession(
    { pages: { '/short.html': page(20), '/long.html': page(400) } },
    { instrumented: true },
  );
  // Every mention drawn (the page fits in the drawn distance around the viewport).
  await session.updateSettings({ highlightScope: 'all' });
});
afterAll(async () => {
  await session?.close();
});

const markCount = (p: Page, name: string) =>
  p.evaluate((n) => performance.getEntriesByName(`backstory:${n}`).length, name);

/** The blocks each batch of changes read again, in order. */
const blocksRead = (p: Page) =>
  p.evaluate(() =>
    performance
      .getEntriesByName('backstory:mutations-read')
      .map((m) => (m as PerformanceMark).detail as { blocks: number })
      .map((d) => d.blocks),
  );

async function open(path: string): Promise<Page> {
  const p = await session.context.newPage();
  await p.goto(new URL(path, session.server.url).href);
  await until(async () => (await markCount(p, 'scan-end')) > 0, 'the first scan to end');
  return p;
}

/** Runs one change on the page and waits until Backstory has read it. */
async function change(p: Page, script: string) {
  const before = await markCount(p, 'mutations-read');
  await p.evaluate(script);
  await until(async () => (await markCount(p, 'mutations-read')) > before, `Backstory to read: ${script}`);
}

/** What is drawn, as node paths and offsets, and what the page's mentions count. */
interface Snapshot {
  drawn: string[];
  counts: string[];
}

async function snapshot(p: Page): Promise<Snapshot> {
  const drawn = await p.evaluate(() => {
    const path = (node: Node): string => {
      const parts: number[] = [];
      for (let n: Node | null = node; n && n.parentNode; n = n.parentNode)
        parts.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
      return parts.join('/');
    };
    const out: string[] = [];
    for (const name of ['backstory-actor', 'backstory-event'])
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = r as AbstractRange;
        out.push(`${name} ${path(range.startContainer)}:${range.startOffset}-${range.endOffset}`);
      }
    return out.toSorted();
  });
  const tabId = await session.tabIdOf(p);
  const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
    res: { value: { entities: { id: string; count: number }[] } };
  };
  const counts = reply.res.value.entities.map((e) => `${e.id} ${e.count}`).toSorted();
  return { drawn, counts };
}

/**
 * A full rescan of the same page (an in-page navigation): once it ends and what it draws near
 * the viewport has been drawn, it must find and draw what the incremental reads did.
 */
async function rescanAndCompare(p: Page, incremental: Snapshot) {
  const scans = await markCount(p, 'scan-end');
  await p.evaluate(() => history.pushState({}, '', `${location.pathname}?rescan=${Date.now()}`));
  await until(async () => (await markCount(p, 'scan-end')) > scans, 'the full rescan to end');
  await expect.poll(() => snapshot(p), POLL).toEqual(incremental);
}

const CHANGES: Record<string, string> = {
  'appends a paragraph': `{ const p = document.createElement('p'); p.textContent = 'Donald Trump met Asim Munir.'; document.getElementById('feed').append(p); }`,
  'inserts a paragraph in the middle': `{ const p = document.createElement('p'); p.textContent = 'Iran and Pakistan talked.'; document.getElementById('feed').insertBefore(p, document.getElementById('p7')); }`,
  'edits a paragraph’s text': `document.getElementById('p4').firstChild.data = 'Shehbaz Sharif met Benjamin Netanyahu.'`,
  'removes a paragraph': `document.getElementById('p2').remove()`,
  'replaces a paragraph': `{ const p = document.createElement('p'); p.textContent = 'Benjamin Netanyahu called.'; document.getElementById('feed').replaceChild(p, document.getElementById('p9')); }`,
  'moves a paragraph': `document.getElementById('feed').insertBefore(document.getElementById('p1'), document.getElementById('p12'))`,
  'adds a name inside a paragraph': `{ const b = document.createElement('b'); b.textContent = ' Pakistan'; document.getElementById('p5').append(b); }`,
  // "Shehbaz Sharif" was one run: now two, split between the names.
  'splits a run of loose text with a paragraph': `{ const p = document.createElement('p'); p.textContent = 'Donald Trump'; const b = document.querySelector('#mixed b'); b.parentNode.insertBefore(p, b); }`,
  // "Asim" and " Munir" were two runs either side of it: now one, naming Asim Munir.
  'removes a paragraph from loose text': `document.getElementById('inner').remove()`,
  'adds loose text between paragraphs': `document.getElementById('feed').insertBefore(document.createTextNode('Asim Munir said '), document.getElementById('p14'))`,
  'appends white space and a paragraph as HTML': `document.getElementById('feed').insertAdjacentHTML('beforeend', '\\n  <p>Iran replied to Donald Trump.</p>\\n')`,
  'empties a paragraph': `document.getElementById('p6').textContent = ''`,
  'removes a name from loose text': `document.querySelector('#mixed b').remove()`,
  'moves a text node to another paragraph': `document.getElementById('p8').append(document.getElementById('p10').firstChild)`,
  'moves a paragraph to the end of the page': `document.querySelector('main').append(document.getElementById('p3'))`,
};

describe('reading page changes', () => {
  for (const [what, script] of Object.entries(CHANGES)) {
    it(`finds and draws what a full rescan does after it ${what}`, async () => {
      const p = await open('/short.html');
      await change(p, script);
      await settle(p);
      const incremental = await snapshot(p);
      expect(incremental.drawn.length).toBeGreaterThan(0);
      await rescanAndCompare(p, incremental);
      await p.close();
    });
  }

  it('finds and draws what a full rescan does after all the changes in a row', async () => {
    const p = await open('/short.html');
    for (const script of Object.values(CHANGES)) await change(p, script);
    await settle(p);
    const incremental = await snapshot(p);
    expect(incremental.drawn.length).toBeGreaterThan(0);
    await rescanAndCompare(p, incremental);
    await p.close();
  });

  it('reads an appended paragraph, not the feed it joins', async () => {
    const p = await open('/long.html');
    await change(p, CHANGES['appends a paragraph']!);
    await change(
      p,
      `{ const feed = document.getElementById('feed'); for (let i = 0; i < 50; i++) { const p = document.createElement('p'); p.textContent = 'Iran ' + i; feed.append(p); } }`,
    );
    // One batch per change: the first read one paragraph, the second fifty (never the 400 around them).
    expect(await blocksRead(p)).toEqual([1, 50]);
    // A stalled frame's worth of a fast feed is read as it is, not by rescanning the page.
    await change(
      p,
      `{ const feed = document.getElementById('feed'); for (let i = 0; i < 500; i++) { const p = document.createElement('p'); p.textContent = 'Pakistan ' + i; feed.append(p); } }`,
    );
    expect(await blocksRead(p)).toEqual([1, 50, 500]);
    expect(await markCount(p, 'scan-end')).toBe(1);
    await settle(p);
    const incremental = await snapshot(p);
    await rescanAndCompare(p, incremental);
    await p.close();
  });
});
