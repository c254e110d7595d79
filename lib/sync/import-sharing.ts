/**
 * What an import preview says about team sync. Imported claims are shared like marked ones
 * (SECURITY.md), signed with the author the file gives each (a claim that names none is signed
 * with the reader's name as it leaves), so a reader who shares claims should know before the
 * file's claims reach the team.
 */
import type { SyncStatus } from './status';

export function importSharingSentence(status: SyncStatus | undefined): string | undefined {
  if (!status?.connected || !status.server) return undefined;
  const server = new URL(status.server).host;
  const signed = 'signed with the author each names (yours where it names none)';
  switch (status.share) {
    case 'all':
      return `Team sync shares every claim: once imported, the file's claims go to ${server}, ${signed}.`;
    case 'tags':
      return `Team sync shares claims tagged ${(status.tags ?? []).join(', ')}: once imported, those of the file's claims with one of these tags go to ${server}, ${signed}.`;
    default:
      return `Team sync shares only the claims you choose: none of the file's new claims goes to ${server} unless you share it.`;
  }
}
