import { useState } from 'preact/hooks';
import { Explore } from './Explore';
import { OnThisPage } from './OnThisPage';
import { Claims } from './Claims';
import type { CompareTarget } from '@/lib/claims/service';

const tabs = [
  { id: 'page', label: 'On this page' },
  { id: 'claims', label: 'Claims' },
  { id: 'explore', label: 'Explore' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** The side panel: what Backstory sees on the current page, and the knowledge base to explore. */
export function App() {
  const params = new URLSearchParams(location.search);
  const [entity, setEntity] = useState(params.get('entity') ?? undefined);
  const [compare, setCompare] = useState<CompareTarget | undefined>(() => {
    const compared = params.get('compare');
    return compared ? { entity: compared } : undefined;
  });
  const requested = params.get('tab');
  const [tab, setTab] = useState<TabId>(
    compare || requested === 'claims' ? 'claims' : entity || requested === 'explore' ? 'explore' : 'page',
  );

  return (
    <main>
      <div role="tablist" aria-label="Backstory" class="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'page' ? (
          <OnThisPage
            onExplore={(id) => {
              setEntity(id);
              setTab('explore');
            }}
            onCompare={(target) => {
              setCompare(target);
              setTab('claims');
            }}
          />
        ) : tab === 'claims' ? (
          <Claims key={JSON.stringify(compare ?? null)} compareTarget={compare} />
        ) : (
          <Explore key={entity} initialEntity={entity} />
        )}
      </div>
    </main>
  );
}
