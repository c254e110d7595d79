import { plural } from '@/lib/plural';
import type { PageEntity } from '@/lib/messaging/protocol';
import type { EntityKind } from '@/lib/kb/schema';

const groups: { title: string; kinds: EntityKind[] }[] = [
  { title: 'People', kinds: ['person'] },
  { title: 'States and places', kinds: ['state', 'place'] },
  { title: 'Organisations and systems', kinds: ['organisation', 'system'] },
  { title: 'Events', kinds: ['event'] },
];

export interface PageEntityListProps {
  entities: PageEntity[];
  onReveal: (entity: PageEntity) => void;
  onExplore: (entity: PageEntity) => void;
}

/** The actors and events found on the page, grouped by kind, most mentioned first. */
export function PageEntityList({ entities, onReveal, onExplore }: PageEntityListProps) {
  return (
    <div class="page-entities">
      {groups.map((group) => {
        const members = entities.filter((e) => group.kinds.includes(e.kind));
        if (members.length === 0) return null;
        return (
          <section key={group.title} aria-label={group.title}>
            <h2>
              {group.title} <span class="muted">({members.length})</span>
            </h2>
            <ul>
              {members.map((entity) => (
                <li key={entity.id}>
                  <button
                    type="button"
                    class="link"
                    onClick={() => onReveal(entity)}
                    title={`Scroll to the next mention of ${entity.label}`}
                  >
                    {entity.label}
                  </button>{' '}
                  <span class="count">
                    <span aria-hidden="true">×{entity.count}</span>
                    <span class="sr-only">{plural(entity.count, 'mention')}</span>
                  </span>{' '}
                  <button
                    type="button"
                    class="small"
                    onClick={() => onExplore(entity)}
                    aria-label={`About ${entity.label}`}
                  >
                    About
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
