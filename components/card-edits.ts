/**
 * Edits in progress on claim cards, by claim id, for as long as the side panel is open. A card
 * keeps what the reader types in its own state, which goes when the card is unmounted: switching
 * between "This page", "All claims" and Compare, or a search that hides the card for a moment.
 * Kept here, the card opens again in its editor with the typed text, as the reader left it.
 */
import type { ClaimLabel } from '@/lib/claims/constants';

export interface CardEdit {
  note: string;
  tags: string;
  label: ClaimLabel;
}

/** An edit in progress and what its editor opened on (to know whether anything changed). */
export interface KeptEdit {
  edit: CardEdit;
  opened: CardEdit;
}

const inProgress = new Map<string, KeptEdit>();
/** The claim whose card had focus when its editor closed, for the card drawn after the save. */
let focusFor: string | undefined;

export const cardEdits = {
  get: (claimId: string): KeptEdit | undefined => inProgress.get(claimId),
  keep: (claimId: string, kept: KeptEdit) => void inProgress.set(claimId, kept),
  /** The edit was saved or cancelled. */
  end: (claimId: string) => void inProgress.delete(claimId),
  /** The editor of this claim's card closed with focus in it. */
  giveFocus: (claimId: string) => void (focusFor = claimId),
  /** Whether a newly drawn card of this claim should take focus (once). */
  takeFocus: (claimId: string): boolean => {
    if (focusFor !== claimId) return false;
    focusFor = undefined;
    return true;
  },
};
