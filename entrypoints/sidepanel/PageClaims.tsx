import { LiveStatusLine } from '@/components/StatusLine';
import type { SavedClaim } from '@/lib/claims/schema';
import { askContent } from '@/lib/messaging/client';
import { ClaimCards, type ClaimActions } from './ClaimCards';
import type { Placements } from './claims-state';
import { openClaimPage } from './open-claim-page';

/** "This page": the claims saved for the page in the panel's tab, with where each one sits. */
export function PageClaims({
  tabId,
  claims,
  placements,
  notRunning,
  actions,
}: {
  tabId?: number;
  claims: SavedClaim[];
  placements: Placements;
  /** The page in the tab did not answer: said here, with the page's list, not in the status bar. */
  notRunning: boolean;
  actions: ClaimActions;
}) {
  // A claim found on the page is scrolled to there; one that is not opens its page afresh.
  const jump = (claim: SavedClaim) => {
    if (tabId !== undefined && placements[claim.id]) void askContent(tabId, 'revealClaim', { id: claim.id });
    else void openClaimPage(claim);
  };
  return (
    <>
      {/* In the panel before the tab moves to a page Backstory does not run on, so that saying so
          is announced (a live region added together with its text is not). */}
      <LiveStatusLine
        label="This page"
        status={notRunning ? { tone: 'bad', text: 'Backstory does not run on this page.' } : undefined}
      />
      {!notRunning && claims.length === 0 && (
        <p class="muted">No claims marked on this page yet. Select text on the page to mark one.</p>
      )}
      <ClaimCards
        claims={claims}
        ariaLabel="Claims on this page"
        actions={actions}
        onJump={jump}
        placements={placements}
      />
    </>
  );
}
