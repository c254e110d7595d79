import type { ComponentChildren } from 'preact';
import type { CardClaim, EntityCard as Card } from '@/lib/kb/card';
import { ActionMenu, type MenuAction } from './ActionMenu';
import { EntityCard } from './EntityCard';

export interface PopoverProps {
  card?: Card;
  /** Shown while the card loads or when it failed. */
  status?: string;
  pinned: boolean;
  canGoBack: boolean;
  headingId: string;
  /** Content for the "Compare your claims about X" slot, when there is any. */
  marked?: ComponentChildren;
  /** The event the hovered name sits inside ("US" in "US strikes on Iran"): a chip to its card. */
  partOf?: { id: string; label: string };
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

/**
 * The hover card: an entity's backstory and its sources. The heading row holds the few controls
 * a reader needs at once (Back, Pin, Close); rarer actions wait in the "More actions" menu.
 */
export function Popover(props: PopoverProps) {
  const { card } = props;
  const label = card?.entity.label ?? 'this entry';
  const actions: MenuAction[] = [
    { label: 'Open in side panel', onSelect: props.onOpenSidePanel },
    ...(props.onWrongEntity
      ? [{ label: `Wrong link: not ${label} here`, onSelect: props.onWrongEntity }]
      : []),
    { label: 'Pause Backstory on this site', onSelect: props.onPauseSite },
  ];
  const tools = (
    <>
      {props.canGoBack && (
        <button type="button" class="bs-icon-button" onClick={props.onBack} aria-label="Back" title="Back">
          <span aria-hidden="true">←</span>
        </button>
      )}
      <button
        type="button"
        class="bs-icon-button"
        aria-pressed={props.pinned}
        onClick={props.onPin}
        title={props.pinned ? 'Unpin: close when the pointer leaves' : 'Pin: keep this card open'}
      >
        {props.pinned ? 'Pinned' : 'Pin'}
      </button>
      <ActionMenu label="More actions" id={`${props.headingId}-menu`} actions={actions} />
      <button
        type="button"
        class="bs-icon-button"
        onClick={props.onClose}
        aria-label="Close"
        title="Close (Esc)"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </>
  );
  return (
    <div class="bs-popover-body">
      {/* Always there, empty when there is nothing to say: a live region added together with its
          text is not announced. */}
      <p class="bs-status" role="status">
        {props.status}
      </p>
      {props.partOf && (
        <div class="bs-chips bs-part-of">
          <button type="button" class="bs-chip" onClick={() => props.onNavigate(props.partOf!.id)}>
            part of <bdi>{props.partOf.label}</bdi>
          </button>
        </div>
      )}
      {card ? (
        <EntityCard
          key={card.entity.id}
          card={card}
          compact
          tools={tools}
          headingId={props.headingId}
          onNavigate={props.onNavigate}
          onOpenSource={props.onOpenSource}
        />
      ) : (
        <header class="bs-card-head">
          <h2 id={props.headingId} class="bs-brand">
            Backstory
          </h2>
          <span class="bs-tools">{tools}</span>
        </header>
      )}
      {props.marked && <p class="bs-marked">{props.marked}</p>}
    </div>
  );
}
