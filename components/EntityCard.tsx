import type { CardClaim, EntityCard as Card, EntityRef } from '@/lib/kb/card';
import { formatEventDate, formatPartialDate } from '@/lib/kb/card';
import type { ClaimStatus } from '@/lib/kb/schema';

export const statusLabels: Record<ClaimStatus, string> = {
  'stated-as-fact': 'stated as fact',
  'reported-unconfirmed': 'reported, unconfirmed',
  analysis: 'analysis',
  opinion: 'opinion',
};

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

const kindNames = { 'news report': 'news report', analysis: 'analysis', opinion: 'opinion article' } as const;

/**
 * A claim's source: "Middle East Institute · Marvin G. Weinbaum, Naade Ali · undated",
 * "Unsigned opinion article · undated". Each part is isolated: a pack's strings may carry bidi
 * controls (U+202E) or be right-to-left, and must not reorder the separators or the other parts.
 */
export function SourceLine({ claim }: { claim: CardClaim }) {
  const s = claim.sourceRef;
  const where = s.outlet ?? (s.title ? `“${s.title}”` : null);
  const who = s.authors.length > 0 ? s.authors.join(', ') : null;
  const what = where ?? (who ? null : `Unsigned ${kindNames[s.kind]}`);
  return (
    <>
      {what !== null && <bdi>{what}</bdi>}
      {what !== null && who !== null && ' · '}
      {who !== null && <bdi>{who}</bdi>}
      {' · '}
      <bdi>{s.published ? formatPartialDate(s.published) : 'undated'}</bdi>
    </>
  );
}

/**
 * A claim's badge: the seed's status ("stated as fact"), or for a claim from an imported pack the
 * pack's name in a dashed frame. A pack's claims never wear the seed's badges: they say whose
 * word they are.
 */
export function ClaimBadge({ claim }: { claim: CardClaim }) {
  return claim.pack.builtin ? (
    <span class={`bs-badge bs-status-${claim.status}`}>{statusLabels[claim.status]}</span>
  ) : (
    <span class="bs-badge bs-pack-badge">
      Pack: <bdi>{claim.pack.title}</bdi>
    </span>
  );
}

export interface EntityCardProps {
  card: Card;
  /** How many claims to show; all when omitted. */
  maxClaims?: number;
  /** Id for the heading, so a dialog can be labelled by it. */
  headingId?: string;
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

/** Everything Backstory knows about one actor or event, every line traceable to a quote. */
export function EntityCard({ card, maxClaims, headingId, onNavigate, onOpenSource }: EntityCardProps) {
  const { entity, currentRole } = card;
  const claims = maxClaims === undefined ? card.claims : card.claims.slice(0, maxClaims);
  const seen = new Set<string>();
  const related = card.related.flatMap((r) => {
    if (seen.has(r.entity.id) || r.entity.kind === 'event') return [];
    seen.add(r.entity.id);
    const verb = relationLabels[r.type] ?? r.type;
    return [
      {
        ref: r.entity,
        hint:
          r.direction === 'out'
            ? `${entity.label} ${verb} ${r.entity.label}`
            : `${r.entity.label} ${verb} ${entity.label}`,
      },
    ];
  });

  return (
    <article class="bs-card" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{entity.label}</h2>
        <span class="bs-kind">{entity.kind}</span>
      </header>
      {currentRole && (
        <p class="bs-role">
          <bdi>{currentRole.title}</bdi>
          {currentRole.organisationLabel && (
            <>
              , <bdi>{currentRole.organisationLabel}</bdi>
            </>
          )}
          {currentRole.asOf ? ` (as of ${formatPartialDate(currentRole.asOf)})` : ''}
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
      <ul class="bs-claims" aria-label={`What the sources say about ${entity.label}`}>
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimBadge claim={claim} />
            <bdi>{claim.text}</bdi>
            <p class="bs-quote">
              “<bdi>{claim.quote}</bdi>”
            </p>
            <button type="button" class="bs-source" onClick={(event) => onOpenSource(claim, event)}>
              <SourceLine claim={claim} />
              {!claim.pack.builtin && ` · the pack calls it ${statusLabels[claim.status]}`}
            </button>
          </li>
        ))}
      </ul>
      {entity.discrepancies.length > 0 && (
        <details class="bs-differences">
          <summary>Where the sources differ</summary>
          <ul>
            {entity.discrepancies.map((d) => (
              <li key={d.about}>
                <strong>{d.about}:</strong> {d.note}
              </li>
            ))}
          </ul>
        </details>
      )}
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
    </article>
  );
}
