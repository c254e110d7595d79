/** Plain values about saved claims, importable without the zod schemas (content scripts). */
export const claimLabels = ['claim', 'evidence', 'disputed'] as const;
export type ClaimLabel = (typeof claimLabels)[number];
/** How a label is shown wherever the reader reads or picks one (the stored value stays lower case). */
export const claimLabelNames: Record<ClaimLabel, string> = {
  claim: 'Claim',
  evidence: 'Evidence',
  disputed: 'Disputed',
};
export const CLAIM_SCHEMA_VERSION = 1;
/** How two claims can relate, as the reader records it in the compare view. */
export const relationKinds = ['agree', 'conflict', 'unrelated'] as const;
/** The longest page address a claim may keep. */
export const MAX_URL_LENGTH = 4096;
