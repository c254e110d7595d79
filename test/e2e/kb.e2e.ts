import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, wireMessage, type RequestName, type Session } from './harness';
import { readSeedPack } from '../../scripts/lib/seed-pack';
import { POLL } from '../poll';

let session: Session;
const seed = readSeedPack().pack as { entities: unknown[]; claims: unknown[]; sources: unknown[] };

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** Counts records in the extension's own IndexedDB, read from an extension page. */
async function countStores(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        // Never create the database from the test: if the extension has not yet, give up this try.
        open.addEventListener('upgradeneeded', () => open.transaction?.abort());
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          const names = ['entities', 'kbClaims', 'sources', 'packs', 'settings'];
          if (!names.every((name) => db.objectStoreNames.contains(name))) {
            db.close();
            reject(new Error('the stores are not there yet'));
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.addEventListener('success', () => (counts[name] = request.result));
          }
          tx.addEventListener('complete', () => {
            db.close();
            resolve(counts);
          });
        });
      }),
  );
}

describe('the knowledge base in the browser', () => {
  it('is loaded into IndexedDB when the extension is installed', async () => {
    const options = await session.openExtensionPage('options.html');
    await expect
      .poll(async () => (await countStores(options).catch(() => undefined))?.entities, POLL)
      .toBe(seed.entities.length);
    const counts = await countStores(options);
    expect(counts.kbClaims).toBe(seed.claims.length);
    expect(counts.sources).toBe(seed.sources.length);
    expect(counts.packs).toBe(1);
    await options.close();
  });

  it('answers searches and entity cards through the protocol', async () => {
    const options = await session.openExtensionPage('options.html');
    const send = (type: RequestName, data: unknown) =>
      options.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(type, data));
    const search = (await send('searchKb', { query: 'Munir' })) as {
      res: { ok: boolean; value: { id: string }[] };
    };
    expect(search.res.value[0]?.id).toBe('asim-munir');
    const card = (await send('getEntityCard', { id: 'asim-munir' })) as {
      res: { ok: boolean; value: { entity: { label: string }; claims: { quote: string; source: string }[] } };
    };
    expect(card.res.value.entity.label).toBe('Asim Munir');
    expect(card.res.value.claims.length).toBeGreaterThan(5);
    const missing = (await send('getEntityCard', { id: 'no-such-entity' })) as {
      res: { ok: boolean; error: { code: string } };
    };
    expect(missing.res).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await options.close();
  });

  it('lets a reader search, open a card and read the source with the quote highlighted', async () => {
    const panel = await session.openExtensionPage('sidepanel.html?tab=explore');
    await panel.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('Asim Munir');
    await panel
      .getByRole('button', { name: /^Asim Munir/ })
      .first()
      .click();
    const card = panel.getByRole('article');
    await expect.poll(() => card.getByRole('heading', { name: 'Asim Munir' }).count(), POLL).toBe(1);
    const firstClaim = card.getByRole('listitem').first();
    await expect
      .poll(() => firstClaim.locator('.bs-badge').textContent(), POLL)
      .toMatch(/stated as fact|reported|analysis|opinion/);
    const quote = (await firstClaim.locator('.bs-quote').textContent())!.replace(/^“|”$/g, '');

    const [reader] = await Promise.all([
      session.context.waitForEvent('page'),
      firstClaim.locator('.bs-source').click(),
    ]);
    await reader.waitForLoadState();
    await expect.poll(() => reader.locator('mark').textContent(), POLL).toBe(quote);
    await reader.close();

    await panel.getByRole('button', { name: 'Timeline' }).click();
    const times = panel.getByRole('list', { name: 'Events by date' }).locator('time');
    await expect.poll(() => times.count(), POLL).toBeGreaterThan(20);
    const dates = await times.allTextContents();
    expect(dates.length).toBeGreaterThan(20);
    expect(dates).toContain('13 October 2025');
    await panel.close();
  });

  it('refuses a broken knowledge pack with located errors, imports a good one and removes it', async () => {
    const options = await session.openExtensionPage('options.html');
    const packs = options.getByRole('list', { name: 'Installed knowledge packs' });
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(1);
    const input = options.getByLabel('Import a pack (JSON)');

    const good = {
      format: 'backstory-knowledge-pack',
      formatVersion: 1,
      pack: { id: 'field-notes', title: 'Field notes', version: '1' },
      sources: [
        {
          id: 'notes-1',
          file: 'notes-1.txt',
          title: { value: 'Notes', evidence: 'not stated' },
          outlet: { value: null, evidence: 'not stated' },
          authors: { value: [], evidence: 'not stated' },
          published: { value: null, evidence: 'not stated' },
          kind: { value: 'analysis', evidence: 'not stated' },
          url: null,
          text: 'Asim Munir met reporters in Rawalpindi.',
        },
      ],
      entities: [
        {
          id: 'rawalpindi',
          kind: 'place',
          label: 'Rawalpindi',
          aliases: [],
          summary: 'A city where Asim Munir met reporters.',
          summaryClaims: ['notes-c1'],
        },
      ],
      claims: [
        {
          id: 'notes-c1',
          about: ['rawalpindi', 'asim-munir'],
          text: 'Asim Munir met reporters in Rawalpindi.',
          quote: 'Asim Munir met reporters in Rawalpindi.',
          source: 'notes-1',
          start: 0,
          end: 39,
          status: 'stated-as-fact',
          attribution: 'Field notes',
        },
      ],
    };
    const broken = structuredClone(good);
    broken.claims[0]!.quote = 'Asim Munir met reporters in Islamabad.';
    broken.claims[0]!.end = 38;
    (broken.entities[0] as { kind: string }).kind = 'city';

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toMatch(
        /^broken\.json was not imported: the pack has \d+ problems?, listed below; fix them and import it again\.$/,
      );
    await expect
      .poll(() => options.getByRole('list', { name: 'Problems found' }).textContent(), POLL)
      .toContain('entities[0].kind');
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(1);

    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toMatch(/Imported “Field notes”: 1 entity, 1 claim\b/);
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(2);
    const send = (type: RequestName, data: unknown) =>
      options.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(type, data));
    const card = (await send('getEntityCard', { id: 'asim-munir' })) as {
      res: { value: { claims: { id: string }[] } };
    };
    expect(card.res.value.claims.map((c) => c.id)).toContain('notes-c1');

    await options.getByRole('button', { name: 'Remove Field notes' }).click();
    await expect.poll(() => packs.getByRole('listitem').count(), POLL).toBe(1);
    await options.close();
  });
});
