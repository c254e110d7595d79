import type { StoredPack } from '@/lib/kb/stored';

export interface PackListProps {
  packs: StoredPack[];
  onRemove: (pack: StoredPack) => void;
}

/** Installed knowledge packs with their sizes; imported packs can be removed. */
export function PackList({ packs, onRemove }: PackListProps) {
  return (
    <ul class="packs" aria-label="Installed knowledge packs">
      {packs.map((pack) => (
        <li key={pack.id}>
          <div>
            <strong>{pack.title}</strong> <span class="muted">v{pack.version}</span>
            <div class="muted">
              {pack.counts.entities} entities · {pack.counts.claims} claims · {pack.counts.sources} sources
              {pack.builtin ? ' · bundled' : ''}
            </div>
          </div>
          {!pack.builtin && (
            <button type="button" onClick={() => onRemove(pack)} aria-label={`Remove ${pack.title}`}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
