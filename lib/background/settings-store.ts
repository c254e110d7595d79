import { atomically } from './db/atomic';
import type { BackstoryDb } from './db/object-stores';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../settings/schema';

const KEY = 'user';

/**
 * Reads a stored settings record. Fields that no longer validate (say, after a schema change)
 * fall back to their defaults one by one, so one bad field never costs the others.
 */
export function readSettingsRecord(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) settings[key] = field.data;
  }
  return settings as Settings;
}

/** The user's settings, with defaults for anything never set. */
export async function loadSettings(db: BackstoryDb): Promise<Settings> {
  return readSettingsRecord(await db.get('settings', KEY));
}

/** Applies a validated patch in one transaction and returns the settings now in force. */
export async function saveSettings(db: BackstoryDb, patch: SettingsPatch): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  return atomically(tx, async () => {
    const current = readSettingsRecord(await tx.store.get(KEY));
    const next = settingsSchema.parse({ ...current, ...patch });
    await tx.store.put(next, KEY);
    return next;
  });
}
