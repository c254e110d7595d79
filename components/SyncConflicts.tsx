import type { Conflict, ConflictVersion } from '@/lib/sync/status';

export interface SyncConflictsProps {
  conflicts: Conflict[];
  entityLabel: (id: string) => string;
  onKeep: (id: string, rev: string) => void;
}

function Version({
  version,
  entityLabel,
}: {
  version: ConflictVersion;
  entityLabel: (id: string) => string;
}) {
  const { body } = version;
  if (body.type === 'relation')
    return (
      <p>
        {body.relation.from.id} — {body.relation.relation} — {body.relation.to.id}
      </p>
    );
  const { claim } = body;
  return (
    <>
      <p class="muted">
        Edited {claim.updated.slice(0, 16).replace('T', ' ')} UTC
        {claim.author ? (
          <>
            {' '}
            · by <bdi>{claim.author}</bdi>
          </>
        ) : null}
        {version.shown ? ' · shown meanwhile' : ''}
      </p>
      <p>
        Label: {claim.label}
        {claim.tags.length > 0 && (
          <>
            {' '}
            · Tags: <bdi>{claim.tags.join(', ')}</bdi>
          </>
        )}
      </p>
      {claim.entities.length > 0 && <p>About: {claim.entities.map(entityLabel).join(', ')}</p>}
      <p class="claim-note" dir={claim.note ? 'auto' : undefined}>
        {claim.note || <span class="muted">(no note)</span>}
      </p>
    </>
  );
}

/**
 * Claims edited apart on two devices: every version, side by side, until the reader keeps one.
 * The version edited last is marked as the suggestion; nothing is picked without the reader.
 */
export function SyncConflicts({ conflicts, entityLabel, onKeep }: SyncConflictsProps) {
  return (
    <ul class="conflicts" aria-label="Conflicts">
      {conflicts.map((conflict) => {
        const first = conflict.versions[0]!.body;
        const title =
          first.type === 'claim' ? first.claim.selectors.quote.exact : 'A relation between claims';
        return (
          <li key={conflict.id} data-conflict-id={conflict.id}>
            <blockquote>
              “<bdi>{title.slice(0, 300)}</bdi>”
            </blockquote>
            <div class="versions">
              {conflict.versions.map((version, i) => (
                <section
                  key={version.rev}
                  class="version"
                  aria-label={`Version ${i + 1}${version.suggested ? ' (suggested: edited last)' : ''}`}
                >
                  {version.suggested && <p class="suggested">Suggested: edited last</p>}
                  <Version version={version} entityLabel={entityLabel} />
                  <button type="button" onClick={() => onKeep(conflict.id, version.rev)}>
                    Keep version {i + 1}
                  </button>
                </section>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
