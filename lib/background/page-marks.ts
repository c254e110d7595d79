/**
 * A claim created by a page's content script: the reader selected a passage and pressed "Mark
 * claim". The page's renderer may be the attacker's (SECURITY.md §5), so what it sends is kept
 * only as a bare claim on its own page (`markedByPage`), a claim already saved under its id is
 * handed back unchanged, and a tab creates claims only as often as a reader marks them
 * (claim-turns.ts).
 */
import type { SavedClaim } from '../claims/schema';
import type { RequestContext } from '../messaging/server';
import type { ClaimFormAccess } from './claim-form-access';
import { newClaimTurns } from './claim-turns';
import type { ClaimsService } from './claims/service';
import { markedByPage, requireOwnPage } from './senders';

/** Creates claims for content scripts; `added` is false when the id was already saved. */
export function createPageMarks(deps: { claims: ClaimsService; formAccess: ClaimFormAccess }) {
  const mayCreate = newClaimTurns();
  const mark = async (
    claim: SavedClaim,
    context: RequestContext,
  ): Promise<{ claim: SavedClaim; added: boolean }> => {
    // Counted before the write, so requests sent all at once cannot all slip past it.
    const turn = mayCreate(context);
    // A page only creates claims: one saved before under this id (a retry) comes back as it is,
    // its note and tags kept, and only to its own page.
    const marked = await deps.claims.add(markedByPage(claim, new Date().toISOString()), (existing) =>
      requireOwnPage(context, existing.seenUrl, 'change claims about'),
    );
    // Marking a passage saved before creates nothing (its claim comes back unchanged), so it costs
    // no turn: a reader who reopens the form of a passage they marked is never refused.
    if (!marked.added) turn.giveBack();
    await deps.formAccess.grant(context, [marked.claim.id]);
    return marked;
  };
  return Object.assign(mark, { forgetTab: mayCreate.forgetTab });
}
