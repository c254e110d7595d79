import { z } from 'zod';
import { entityKinds } from '../kb/schema';

/** A site as settings store it: a lower-case host name such as `www.dawn.com`. */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, 'must be a host name such as example.com');

/** "Wrong entity here": an alias that must not link to an entity on one site. */
export const suppressionSchema = z
  .object({
    site: siteSchema,
    /** The alias as folded for comparison (see `foldAlias`). */
    alias: z.string().min(1).max(200),
    entity: z.string().min(1).max(120),
  })
  .strict();

export const modifierKeys = ['none', 'Alt', 'Shift', 'Control', 'Meta'] as const;

/**
 * The user's settings. Every field has a default so a partial or older record parses into a
 * complete one; unknown keys are dropped so a newer record read by an older build still works.
 */
export const settingsSchema = z.object({
  /**
   * How mentions are drawn on pages: a quiet dotted underline or a background tint. `off` is
   * what older builds stored for "draw nothing"; it still means that, whatever the scope says.
   */
  highlightStyle: z.enum(['underline', 'background', 'off']).default('underline'),
  /**
   * Which mentions are drawn: the first of each entity in each section of the page (headings
   * start sections), every one, or none. Every mention opens its card on hover whatever this says.
   */
  highlightScope: z.enum(['first', 'all', 'none']).default('first'),
  /** Hover-intent delay before a popover opens. */
  hoverDelayMs: z.number().int().min(0).max(3000).default(300),
  /** When not "none", popovers open only while this key is held. */
  modifierKey: z.enum(modifierKeys).default('none'),
  /** Which kinds of entity are marked and explained. */
  kindsShown: z
    .array(z.enum(entityKinds))
    .max(entityKinds.length)
    .default([...entityKinds]),
  /** "all": Backstory runs on every site not paused; "listed": only on `enabledSites`. */
  siteMode: z.enum(['all', 'listed']).default('all'),
  enabledSites: z.array(siteSchema).max(10_000).default([]),
  /** Sites where Backstory is paused. */
  pausedSites: z.array(siteSchema).max(10_000).default([]),
  /** Aliases the user said link to the wrong entity on a site. */
  suppressed: z.array(suppressionSchema).max(10_000).default([]),
  /** On a paused site, still highlight the claims the reader marked there. */
  keepClaimsWhenPaused: z.boolean().default(true),
});

export type Settings = z.output<typeof settingsSchema>;
export type Suppression = z.output<typeof suppressionSchema>;

/** A change to some settings; omitted fields stay as they are. */
export const settingsPatchSchema = z
  .object({
    highlightStyle: settingsSchema.shape.highlightStyle.unwrap(),
    highlightScope: settingsSchema.shape.highlightScope.unwrap(),
    hoverDelayMs: settingsSchema.shape.hoverDelayMs.unwrap(),
    modifierKey: settingsSchema.shape.modifierKey.unwrap(),
    kindsShown: settingsSchema.shape.kindsShown.unwrap(),
    siteMode: settingsSchema.shape.siteMode.unwrap(),
    enabledSites: settingsSchema.shape.enabledSites.unwrap(),
    pausedSites: settingsSchema.shape.pausedSites.unwrap(),
    suppressed: settingsSchema.shape.suppressed.unwrap(),
    keepClaimsWhenPaused: settingsSchema.shape.keepClaimsWhenPaused.unwrap(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export { runsOn, settingsForSite, siteListed } from './sites';
