import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CardClaim, EntityCard as Card, EntityRef } from '@/lib/kb/card';
import { formatEventDate, formatPartialDate, roleLine } from '@/lib/kb/card';
import { plural } from '@/lib/plural';
import { ClaimItem } from './ClaimItem';

const relationLabels: Record<string, string> = {
  'member-of': 'member of',
  'part-of': 'part of',
  'participated-in': 'took part in',
  'located-in': 'in',
  'capital-of': 'capital of',
  'author-of': 'author of',
  'works-for': 'works for',
  'allied-with': 'allied with',
  'rival-of': 'rival of',
  'related-to': 'related to',
};

export interface EntityCardProps {
  card: Card;
  /** Id for the heading, so a dialog can be labelled by it. */
  headingId?: string;
  /** Buttons shown beside the heading (the popover's Back, Pin, menu and Close). */
  tools?: ComponentChildren;
  /**
   * The popover's form: the first claims, and related entities and events folded away, so the
   * first view fits without scrolling. The side panel shows everything but the later claims.
   */
  compact?: boolean;
  onNavigate: (id: string) => void;
  /** Gets the click too, so Backstory's in-page guard can check it was real and visible. */
  onOpenSource: (claim: CardClaim, event: MouseEvent) => void;
}

function Chips({
  items,
  onNavigate,
}: {
  items: { ref: EntityRef; hint: string }[];
  onNavigate: (id: string) => void;
}) {
  return (
    <div class="bs-chips">
      {items.map(({ ref, hint }) => (
        <button type="button" class="bs-chip" key={ref.id} title={hint} onClick={() => onNavigate(ref.id)}>
          {ref.label}
        </button>
      ))}
    </div>
  );
}

/** Related actors (each once), with a hint saying how they are related. */
function relatedChips(card: Card) {
  const seen = new Set<string>();
  return card.related.flatMap((r) => {
    if (seen.has(r.entity.id) || r.entity.kind === 'event') return [];
    seen.add(r.entity.id);
    const verb = relationLabels[r.type] ?? r.type;
    const [subject, object] =
      r.direction === 'out' ? [card.entity.label, r.entity.label] : [r.entity.label, card.entity.label];
    return [{ ref: r.entity, hint: `${subject} ${verb} ${object}` }];
  });
}

/** Participants, related actors and events: chips and a short timeline. */
function Connections({ card, onNavigate }: { card: Card; onNavigate: (id: string) => void }) {
  const { entity } = card;
  const related = relatedChips(card);
  return (
    <>
      {card.participants.length > 0 && (
        <>
          <p class="bs-section">Participants</p>
          <Chips
            items={card.participants.map((ref) => ({ ref, hint: `took part in ${entity.label}` }))}
            onNavigate={onNavigate}
          />
        </>
      )}
      {related.length > 0 && (
        <>
          <p class="bs-section">Related</p>
          <Chips items={related} onNavigate={onNavigate} />
        </>
      )}
      {card.events.length > 0 && (
        <>
          <p class="bs-section">{entity.kind === 'event' ? 'Related events' : 'Events'}</p>
          <ol class="bs-timeline">
            {card.events.map((event) => (
              <li key={event.id}>
                <time>{formatEventDate(event.date)}</time>
                <button type="button" class="bs-chip" onClick={() => onNavigate(event.id)}>
                  {event.label}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

const connectionCount = (card: Card) =>
  card.participants.length + relatedChips(card).length + card.events.length;

/** Everything Backstory knows about one actor or event, its best claims first, every line sourced. */
export function EntityCard({ card, headingId, tools, compact, onNavigate, onOpenSource }: EntityCardProps) {
  const { entity, currentRole } = card;
  const [expanded, setExpanded] = useState(false);
  const first = compact ? 2 : 5;
  const hidden = Math.max(0, card.claims.length - first);
  const claims = expanded ? card.claims : card.claims.slice(0, first);
  const listId = headingId ? `${headingId}-claims` : undefined;
  const differs = entity.discrepancies.length + card.wording.length;
  const connections = connectionCount(card);

  return (
    <article class={compact ? 'bs-card bs-compact' : 'bs-card'} aria-labelledby={headingId}>
      <header class="bs-card-head">
        {/* Focusable from script: the side panel moves focus here when it opens a card. */}
        <h2 id={headingId} tabIndex={-1}>
          {entity.label}
        </h2>
        <span class="bs-kind">{entity.kind}</span>
        {tools && <span class="bs-tools">{tools}</span>}
      </header>
      {currentRole && (
        <p class="bs-role">
          {roleLine(currentRole).map((part, i) => (
            <Fragment key={part}>
              {i > 0 && ', '}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
          {currentRole.asOf && ` · as of ${formatPartialDate(currentRole.asOf)}`}
        </p>
      )}
      {entity.kind === 'event' && (
        <p class="bs-event-meta">
          {formatEventDate(entity.date)}
          {card.place && (
            <>
              {' · '}
              <bdi>{card.place.label}</bdi>
            </>
          )}
        </p>
      )}
      {!card.pack.builtin && (
        <p class="bs-pack-note">
          From the imported pack “<bdi>{card.pack.title}</bdi>”, not from Backstory’s own sources.
        </p>
      )}
      <p class="bs-summary">{entity.summary}</p>
      {claims.length > 0 && (
        <ul class="bs-claims" id={listId} aria-label={`What the sources say about ${entity.label}`}>
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} onOpenSource={onOpenSource} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button
          type="button"
          class="bs-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer claims' : `Show ${plural(hidden, 'more claim')}`}
        </button>
      )}
      {differs > 0 && (
        <details class="bs-fold">
          <summary>Where the sources differ ({differs})</summary>
          {entity.discrepancies.length > 0 && (
            <ul class="bs-differences">
              {entity.discrepancies.map((d) => (
                <li key={d.about}>
                  <strong>{d.about}:</strong> {d.note}
                </li>
              ))}
            </ul>
          )}
          {card.wording.length > 0 && (
            <>
              <p class="bs-section">How the sources name or spell it</p>
              <ul class="bs-claims bs-wording">
                {card.wording.map((claim) => (
                  <ClaimItem key={claim.id} claim={claim} onOpenSource={onOpenSource} />
                ))}
              </ul>
            </>
          )}
        </details>
      )}
      {connections > 0 &&
        (compact ? (
          <details class="bs-fold">
            <summary>
              {entity.kind === 'event'
                ? 'Who took part, related events'
                : 'Related people, places and events'}{' '}
              ({connections})
            </summary>
            <Connections card={card} onNavigate={onNavigate} />
          </details>
        ) : (
          <Connections card={card} onNavigate={onNavigate} />
        ))}
    </article>
  );
}
