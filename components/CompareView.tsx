import { formatPartialDate, type CardClaim } from '@/lib/kb/card';
import type { CompareData, Suggestion } from '@/lib/claims/compare';
import type { ClaimRef, ClaimRelation, SavedClaim } from '@/lib/claims/schema';
import { relationKinds } from '@/lib/claims/constants';
import { ClaimBadge, SourceLine, statusLabels } from './EntityCard';

export interface CompareViewProps {
  data: CompareData;
  onRelate: (from: ClaimRef, to: ClaimRef, relation: ClaimRelation['relation']) => void;
  onUnrelate: (id: string) => void;
}

const refKey = (ref: ClaimRef) => `${ref.kind}:${ref.id}`;

function RelationButtons({
  saved,
  kb,
  current,
  onRelate,
  onUnrelate,
}: {
  saved: string;
  kb: string;
  current?: ClaimRelation;
  onRelate: CompareViewProps['onRelate'];
  onUnrelate: CompareViewProps['onUnrelate'];
}) {
  return (
    <div class="relation-buttons" role="group" aria-label="How these two claims relate">
      {relationKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          aria-pressed={current?.relation === kind}
          onClick={() =>
            current?.relation === kind
              ? onUnrelate(current.id)
              : onRelate({ kind: 'saved', id: saved }, { kind: 'kb', id: kb }, kind)
          }
        >
          {kind === 'agree' ? 'Agree' : kind === 'conflict' ? 'Conflict' : 'Unrelated'}
        </button>
      ))}
    </div>
  );
}

/** The knowledge base's sources and the reader's saved claims about one entity, side by side. */
export function CompareView({ data, onRelate, onUnrelate }: CompareViewProps) {
  const relationFor = (a: ClaimRef, b: ClaimRef) =>
    data.relations.find(
      (r) =>
        (refKey(r.from) === refKey(a) && refKey(r.to) === refKey(b)) ||
        (refKey(r.from) === refKey(b) && refKey(r.to) === refKey(a)),
    );
  const kbById = new Map(data.kb.map((c) => [c.id, c]));
  const savedById = new Map(data.saved.map((c) => [c.id, c]));
  const recorded = data.relations.filter((r) => r.from.kind !== r.to.kind);
  return (
    <section aria-label={`Compare claims about ${data.entity.label}`}>
      <h2>Compare: {data.entity.label}</h2>
      <p class="muted">{data.entity.summary}</p>
      <div class="compare-columns">
        <section aria-label="What the knowledge base’s sources say">
          <h3>The sources ({data.kb.length})</h3>
          <ol class="compare-list">
            {data.kb.map((claim: CardClaim) => (
              <li key={claim.id} data-kb-claim={claim.id}>
                <ClaimBadge claim={claim} /> <bdi>{claim.text}</bdi>
                <p class="muted">
                  <SourceLine claim={claim} />
                  {!claim.pack.builtin && ` · the pack calls it ${statusLabels[claim.status]}`}
                </p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="What you saved">
          <h3>You saved ({data.saved.length})</h3>
          {data.saved.length === 0 && (
            <p class="muted">You have not marked any claims about {data.entity.label} yet.</p>
          )}
          <ol class="compare-list">
            {data.saved.map((claim: SavedClaim) => (
              <li key={claim.id} data-saved-claim={claim.id}>
                “<bdi>{claim.selectors.quote.exact}</bdi>”
                <p class="muted">
                  <bdi>{claim.page.siteName || new URL(claim.url).hostname}</bdi>
                  {claim.page.published ? ` · ${formatPartialDate(claim.page.published.slice(0, 10))}` : ''}
                  {claim.note ? (
                    <>
                      {' · '}
                      <bdi>{claim.note}</bdi>
                    </>
                  ) : (
                    ''
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
      {data.suggestions.length > 0 && (
        <section aria-label="Suggested links">
          <h3>Suggested links</h3>
          <ul class="suggestions">
            {data.suggestions.map((s: Suggestion) => {
              const saved = savedById.get(s.saved);
              const kb = kbById.get(s.kb);
              if (!saved || !kb) return null;
              return (
                <li key={`${s.saved}|${s.kb}`}>
                  <p>
                    “{saved.selectors.quote.exact}” ↔ {kb.text}{' '}
                    <span class="score">similarity {s.score}</span>
                  </p>
                  <RelationButtons
                    saved={s.saved}
                    kb={s.kb}
                    current={relationFor({ kind: 'saved', id: s.saved }, { kind: 'kb', id: s.kb })}
                    onRelate={onRelate}
                    onUnrelate={onUnrelate}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {recorded.length > 0 && (
        <section aria-label="Links you recorded">
          <h3>Links you recorded</h3>
          <ul>
            {recorded.map((r) => {
              const savedRef = r.from.kind === 'saved' ? r.from : r.to;
              const kbRef = r.from.kind === 'kb' ? r.from : r.to;
              return (
                <li key={r.id}>
                  “{savedById.get(savedRef.id)?.selectors.quote.exact ?? savedRef.id}”{' '}
                  <strong>{r.relation}</strong> {kbById.get(kbRef.id)?.text ?? kbRef.id}{' '}
                  <button type="button" onClick={() => onUnrelate(r.id)}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
