/**
 * What the side panel believes of a page's answer to `pageClaims`. The answer comes from the
 * page's renderer, which may be hostile (SECURITY.md, "A compromised renderer"): it is parsed
 * here, at the boundary, so a reply of any shape is either read or set aside, never thrown on.
 */
import { z } from 'zod';
import type { ClaimPlacement } from '../messaging/content-requests';
import { claimAddressesOfTab } from './tab-page';

/** Where each of a page's claims sits on the page, by claim id. */
export type Placements = Record<string, ClaimPlacement['status']>;

/** What the panel lists for the page: the addresses to ask claims for, and where each claim sits. */
export interface PageClaimsView {
  url: string;
  seenUrl: string;
  placements: Placements;
}

const address = z.string().min(1).max(100_000);
const answeredSchema = z.object({ ok: z.literal(true), value: z.unknown() });
const addressesSchema = z.object({ url: address, seenUrl: address });
const placementsSchema = z.object({ placements: z.array(z.unknown()).max(100_000) });
const placementSchema = z.object({
  id: z.string().min(1).max(100),
  status: z.enum(['anchored', 'doubtful', 'orphan', 'pending']),
});

/**
 * The page's claims as the panel may show them, from `reply` (the raw answer to `pageClaims`)
 * and `tabUrl` (the address the browser reports for the tab); undefined when the page did not
 * answer, or named addresses off the tab's origin. A reply with no addresses is taken to be
 * about the tab's own address, and one with no placements list (or with malformed placements)
 * places none of the claims it leaves out: the reader's saved claims for the page still list,
 * as claims not found on the page.
 */
export function readPageClaimsReply(reply: unknown, tabUrl: string | undefined): PageClaimsView | undefined {
  const answered = answeredSchema.safeParse(reply);
  if (!answered.success || tabUrl === undefined) return undefined;
  const named = addressesSchema.safeParse(answered.data.value);
  const addresses = named.success
    ? claimAddressesOfTab(named.data, tabUrl)
    : { url: tabUrl, seenUrl: tabUrl };
  if (!addresses) return undefined;
  const listed = placementsSchema.safeParse(answered.data.value);
  const placed = (listed.success ? listed.data.placements : []).flatMap((entry) => {
    const placement = placementSchema.safeParse(entry);
    return placement.success ? [[placement.data.id, placement.data.status] as const] : [];
  });
  // Own properties only: an id of "__proto__" is a key like any other, not the prototype.
  return { ...addresses, placements: Object.fromEntries(placed) };
}
