/**
 * Saved claims for end-to-end tests, built on the unit tests' fixture (test/unit/claims/
 * claim-fixture.ts), a way to store them through the background as a page of Backstory's would, and the side
 * panel's list of them.
 */
import type { Page } from 'playwright-core';
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

/**
 * The side panel's "All claims", as a reader opens it: `claims` stored first (when given), the
 * panel opened on its Claims tab (at `viewport`, when given), "All claims" chosen from the
 * keyboard, and the list waited for until it shows its first claim.
 */
export async function openAllClaims(
  session: Session,
  options: { claims?: readonly SavedClaim[]; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  if (options.claims) await storeClaims(session, options.claims);
  const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
  if (options.viewport) await panel.setViewportSize(options.viewport);
  await panel.getByRole('button', { name: 'All claims' }).focus();
  await panel.keyboard.press('Enter');
  await panel.getByRole('list', { name: 'All claims' }).getByRole('listitem').first().waitFor();
  return panel;
}
