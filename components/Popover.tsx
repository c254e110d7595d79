import type { CardClaim, EntityCard as Card } from '@/lib/kb/card';
import { EntityCard } from './EntityCard';

export interface PopoverProps {
  card?: Card;
  /** Shown while the card loads or when it failed. */
  status?: string;
  pinned: boolean;
  canGoBack: boolean;
  headingId: string;
  /** Content for the "Compare your claims about X" slot, when there is any. */
  marked?: preact.ComponentChildren;
  onBack: () => void;
  onNavigate: (id: string) => void;
  onPin: () => void;
  onClose: () => void;
  /** Actions get the click, so the page-side guard can check it was real and visible. */
  onOpenSource: (claim: CardClaim, event: MouseEvent) => void;
  onOpenSidePanel: (event: MouseEvent) => void;
  onWrongEntity?: (event: MouseEvent) => void;
  onPauseSite: (event: MouseEvent) => void;
}

/** The hover card: an entity's backstory, its sources, and what the reader can do about it. */
export function Popover(props: PopoverProps) {
  const { card } = props;
  return (
    <>
      <div class="bs-popover-bar">
        <span class="bs-brand">Backstory</span>
        {props.canGoBack && (
          <button type="button" class="bs-icon-button" onClick={props.onBack} aria-label="Back">
            ← Back
          </button>
        )}
        <button type="button" class="bs-icon-button" aria-pressed={props.pinned} onClick={props.onPin}>
          {props.pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="bs-icon-button" onClick={props.onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <div class="bs-popover-body">
        {props.status && <p class="bs-status">{props.status}</p>}
        {card && (
          <EntityCard
            card={card}
            maxClaims={3}
            headingId={props.headingId}
            onNavigate={props.onNavigate}
            onOpenSource={props.onOpenSource}
          />
        )}
        {props.marked && <p class="bs-marked">{props.marked}</p>}
      </div>
      <div class="bs-actions">
        <button type="button" class="bs-action" onClick={props.onOpenSidePanel}>
          Open in side panel
        </button>
        {props.onWrongEntity && (
          <button type="button" class="bs-action" onClick={props.onWrongEntity}>
            Wrong entity here
          </button>
        )}
        <button type="button" class="bs-action" onClick={props.onPauseSite}>
          Pause on this site
        </button>
      </div>
    </>
  );
}
