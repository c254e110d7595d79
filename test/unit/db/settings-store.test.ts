import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import { defaultSettings } from '@/lib/settings/schema';
import { loadSettings, readSettingsRecord, saveSettings } from '@/lib/background/settings-store';

const name = 'settings-store-test';

afterEach(async () => {
  await deleteDB(name);
});

describe('settings in IndexedDB', () => {
  it('starts from the defaults and keeps a saved change', async () => {
    const db = await openBackstoryDb({ name });
    expect(await loadSettings(db)).toEqual(defaultSettings);
    const saved = await saveSettings(db, { hoverDelayMs: 500 });
    expect(saved.hoverDelayMs).toBe(500);
    db.close();

    const reopened = await openBackstoryDb({ name });
    expect(await loadSettings(reopened)).toEqual({ ...defaultSettings, hoverDelayMs: 500 });
    reopened.close();
  });

  it('writes nothing when the merged result would be invalid', async () => {
    const db = await openBackstoryDb({ name });
    await saveSettings(db, { highlightStyle: 'background' });
    await expect(saveSettings(db, { hoverDelayMs: -1 })).rejects.toThrow(/hoverDelayMs/);
    expect((await loadSettings(db)).highlightStyle).toBe('background');
    expect((await loadSettings(db)).hoverDelayMs).toBe(defaultSettings.hoverDelayMs);
    db.close();
  });
});

describe('readSettingsRecord', () => {
  it('keeps the valid fields of a damaged record and defaults the rest', () => {
    const settings = readSettingsRecord({
      highlightStyle: 'background',
      hoverDelayMs: 'soon',
      pausedSites: 7,
    });
    expect(settings).toEqual({ ...defaultSettings, highlightStyle: 'background' });
  });

  it('treats anything that is not an object as no record', () => {
    for (const raw of [undefined, null, 'x', 3, []]) expect(readSettingsRecord(raw)).toEqual(defaultSettings);
  });
});
