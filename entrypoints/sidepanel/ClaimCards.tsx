import { ClaimCard } from '@/components/ClaimCard';
import type { ClaimPatch, SavedClaim } from '@/lib/claims/schema';
import type { CompareTarget } from '@/lib/claims/compare';
import type { Sharing } from './sharing';
import type { Placements } from './claims-state';

/** What every mode's list of claims does with a claim, from the Claims tab. */
export interface ClaimActions {
  label: (id: string) => string;
  sharing: Sharing;
  share: (id: string, shared: boolean) => Promise<void>;
  save: (claim: SavedClaim, patch: ClaimPatch, noteDraft?: string | null) => Promise<void>;
  noteDraft: (claim: SavedClaim) => Promise<string | undefined>;
  /** The ids of the claims that have a note kept as a draft. */
  drafts: ReadonlySet<string>;
  remove: (claim: SavedClaim) => Promise<void>;
  compare: (target: CompareTarget) => void;
  /** Shows every claim with this tag: the All claims list, its Tag filter set. */
  showTag: (tag: string) => void;
}

/**
 * A list of claim cards. `placements` (this page's claims) shows where each sits on the page;
 * `selected` (all claims) makes them selectable for export.
 */
export function ClaimCards({
  claims,
  ariaLabel,
  actions,
  onJump,
  placements,
  selected,
  onSelect,
}: {
  claims: SavedClaim[];
  ariaLabel: string;
  actions: ClaimActions;
  onJump: (claim: SavedClaim) => void;
  placements?: Placements;
  selected?: Set<string>;
  onSelect?: (id: string, on: boolean) => void;
}) {
  return (
    <ul class="claims" aria-label={ariaLabel}>
      {claims.map((claim) => (
        <ClaimCard
          key={`${claim.id}:${claim.updated}`}
          claim={claim}
          placement={placements ? (placements[claim.id] ?? 'orphan') : undefined}
          entityLabel={actions.label}
          onJump={() => onJump(claim)}
          onSave={(patch, noteDraft) => void actions.save(claim, patch, noteDraft)}
          loadNoteDraft={() => actions.noteDraft(claim)}
          hasNoteDraft={actions.drafts.has(claim.id)}
          onDelete={() => void actions.remove(claim)}
          onCompare={() => actions.compare({ claim: claim.id })}
          onTag={actions.showTag}
          shared={actions.sharing[claim.id]?.shared}
          onShare={(on) => void actions.share(claim.id, on)}
          selected={selected ? selected.has(claim.id) : undefined}
          onSelect={onSelect ? (on) => onSelect(claim.id, on) : undefined}
        />
      ))}
    </ul>
  );
}
