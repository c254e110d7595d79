import { useEffect, useState } from 'preact/hooks';
import { EntityCard } from '@/components/EntityCard';
import { SearchResults } from '@/components/SearchResults';
import { StatusLine } from '@/components/StatusLine';
import { Timeline } from '@/components/Timeline';
import type { EntityCard as Card, EventRef } from '@/lib/kb/card';
import type { SearchHit } from '@/lib/kb/search';
import { askBackground } from '@/lib/messaging/client';
import { readerPath } from '@/lib/pages/reader-link';

type View = { kind: 'search' } | { kind: 'timeline' } | { kind: 'card'; id: string };

/** Explore the knowledge base: search it, open entity cards, browse events by date. */
export function Explore({ initialEntity }: { initialEntity?: string }) {
  const [history, setHistory] = useState<View[]>([
    initialEntity ? { kind: 'card', id: initialEntity } : { kind: 'search' },
  ]);
  const view = history[history.length - 1]!;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const [card, setCard] = useState<Card>();
  const [timeline, setTimeline] = useState<EventRef[]>();
  const [error, setError] = useState<string>();

  const go = (next: View) => setHistory((h) => [...h, next]);
  const back = () => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h));

  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits(undefined);
    const timer = setTimeout(() => {
      void askBackground('searchKb', { query: q }).then((r) =>
        r.ok ? setHits(r.value) : setError(r.error.message),
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    setError(undefined);
    if (view.kind !== 'card') return;
    setCard(undefined);
    void askBackground('getEntityCard', { id: view.id }).then((r) =>
      r.ok ? setCard(r.value) : setError(r.error.message),
    );
  }, [view]);

  const wantsTimeline = view.kind === 'timeline' && !timeline;
  useEffect(() => {
    if (!wantsTimeline) return;
    void askBackground('getTimeline', {}).then((r) =>
      r.ok ? setTimeline(r.value) : setError(r.error.message),
    );
  }, [wantsTimeline]);

  const openCard = (id: string) => go({ kind: 'card', id });

  return (
    <section aria-label="Explore the knowledge base">
      <div class="explore-bar">
        {history.length > 1 && (
          <button type="button" onClick={back}>
            ← Back
          </button>
        )}
        <input
          type="search"
          aria-label="Search the knowledge base"
          placeholder="Search people, places, events, claims…"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            if (view.kind !== 'search') go({ kind: 'search' });
          }}
        />
        <button
          type="button"
          aria-pressed={view.kind === 'timeline'}
          onClick={() => go({ kind: 'timeline' })}
        >
          Timeline
        </button>
      </div>
      {error && <StatusLine tone="bad" text={error} />}
      {view.kind === 'search' && hits && <SearchResults query={query.trim()} hits={hits} onOpen={openCard} />}
      {view.kind === 'search' && !hits && (
        <p class="muted">Search the knowledge base, or browse its events on the timeline.</p>
      )}
      {view.kind === 'timeline' && timeline && <Timeline events={timeline} onOpen={openCard} />}
      {view.kind === 'card' && card && (
        <EntityCard
          card={card}
          onNavigate={openCard}
          onOpenSource={(claim) =>
            void browser.tabs.create({ url: browser.runtime.getURL(readerPath(claim)) })
          }
        />
      )}
    </section>
  );
}
