/**
 * Backstory's own export format: versioned and complete, so an export imported into a fresh
 * browser gives back exactly the same claims, relations (and, if included, settings).
 */
import { z } from 'zod';
import { claimRelationSchema, savedClaimSchema, type ClaimRelation, type SavedClaim } from '../claims/schema';
import { settingsSchema, type Settings } from '../settings/schema';

export const BUNDLE_FORMAT = 'backstory-claims';
export const BUNDLE_VERSION = 1;
/** The most claims, and the most relations, one export holds. */
export const MAX_BUNDLE_ITEMS = 1_000_000;

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_VERSION),
    exported: z.iso.datetime({ offset: true }),
    /** The knowledge-base version(s) installed when exported. */
    kbVersion: z.string().max(2000),
    claims: z.array(savedClaimSchema).max(MAX_BUNDLE_ITEMS),
    relations: z.array(claimRelationSchema).max(MAX_BUNDLE_ITEMS),
    settings: settingsSchema.optional(),
  })
  .strict();

export type ClaimBundle = z.output<typeof bundleSchema>;

export interface BundleInput {
  claims: readonly SavedClaim[];
  relations: readonly ClaimRelation[];
  kbVersion: string;
  settings?: Settings;
  now?: Date;
}

/** Relations are kept when at least one end is among the exported claims. */
export function toBundle({
  claims,
  relations,
  kbVersion,
  settings,
  now = new Date(),
}: BundleInput): ClaimBundle {
  const ids = new Set(claims.map((c) => c.id));
  const bundle: ClaimBundle = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    exported: now.toISOString(),
    kbVersion,
    claims: [...claims],
    relations: relations.filter(
      (r) => (r.from.kind === 'saved' && ids.has(r.from.id)) || (r.to.kind === 'saved' && ids.has(r.to.id)),
    ),
  };
  if (settings) bundle.settings = settings;
  return bundle;
}

export function bundleJson(input: BundleInput): string {
  return `${JSON.stringify(toBundle(input), null, 2)}\n`;
}
