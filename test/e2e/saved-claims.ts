/**
 * Saved claims for end-to-end tests, built on the unit tests' fixture (test/unit/claims/
 * claim-fixture.ts), and a way to store them through the background as a page of Backstory's would.
 */
import type { SavedClaim } from '../../lib/claims/schema';
import { openControlPage } from './control-page';
import type { Session } from './harness';

export { pageText, savedClaim } from '../unit/claims/claim-fixture';

/** Saves `claims` through the background, failing the test's setup if one is refused. */
export async function storeClaims(session: Session, claims: readonly SavedClaim[]): Promise<void> {
  const control = await openControlPage(session);
  try {
    for (const claim of claims) {
      const saved = await control.background('saveClaim', { claim });
      if (!saved.ok) throw new Error(`Claim not saved: ${JSON.stringify(saved)}`);
    }
  } finally {
    await control.page.close();
  }
}
