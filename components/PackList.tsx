import { plural } from '@/lib/plural';
import type { StoredPack } from '@/lib/kb/schema';

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
              {plural(pack.counts.entities, 'entity', 'entities')} · {plural(pack.counts.claims, 'claim')} ·{' '}
              {plural(pack.counts.sources, 'source')}
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
