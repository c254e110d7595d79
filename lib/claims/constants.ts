/** Plain values about saved claims, importable without the zod schemas (content scripts). */
export const claimLabels = ['claim', 'evidence', 'disputed'] as const;
export type ClaimLabel = (typeof claimLabels)[number];
export const CLAIM_SCHEMA_VERSION = 1;
