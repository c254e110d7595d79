import { useState } from 'preact/hooks';
import { Tabs } from '@/components/Tabs';
import { Explore } from './Explore';
import { OnThisPage } from './OnThisPage';
import { Claims } from './Claims';
import type { CompareTarget } from '@/lib/claims/compare';

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
  // Set when the reader asked for a card from another tab ("About"): focus goes to it.
  const [focusCard, setFocusCard] = useState(false);
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
      <h1 class="sr-only">Backstory</h1>
      <Tabs
        label="Backstory"
        tabs={tabs}
        selected={tab}
        onSelect={(id) => {
          setFocusCard(false);
          setTab(id);
        }}
      >
        {tab === 'page' ? (
          <OnThisPage
            onExplore={(id) => {
              setEntity(id);
              setFocusCard(true);
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
          <Explore key={entity} initialEntity={entity} focusCard={focusCard} />
        )}
      </Tabs>
    </main>
  );
}
