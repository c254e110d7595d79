import { z } from 'zod';

/** A site as settings store it: a lower-case host name such as `www.dawn.com`. */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'must be a host name such as example.com');

/**
 * The user's settings. Every field has a default so a partial or older record parses into a
 * complete one; unknown keys are dropped so a newer record read by an older build still works.
 */
export const settingsSchema = z.object({
  /** How mentions are drawn on pages. */
  highlightStyle: z.enum(['underline', 'background', 'off']).default('underline'),
  /** Hover-intent delay before a popover opens. */
  hoverDelayMs: z.number().int().min(0).max(3000).default(300),
  /** Sites where Backstory is paused. */
  pausedSites: z.array(siteSchema).max(10_000).default([]),
});

export type Settings = z.output<typeof settingsSchema>;

/** A change to some settings; omitted fields stay as they are. */
export const settingsPatchSchema = z
  .object({
    highlightStyle: settingsSchema.shape.highlightStyle.unwrap(),
    hoverDelayMs: settingsSchema.shape.hoverDelayMs.unwrap(),
    pausedSites: settingsSchema.shape.pausedSites.unwrap(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
