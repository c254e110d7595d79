import { useEffect, useState } from 'preact/hooks';
import { EntityCard } from '@/components/EntityCard';
import { SearchResults } from '@/components/SearchResults';
import { StatusLine } from '@/components/StatusLine';
import { Timeline } from '@/components/Timeline';
import type { EntityCard as Card, EventRef } from '@/lib/kb/card';
import type { SearchHit } from '@/lib/kb/search';
import { askBackground, askContent } from '@/lib/messaging/client';
import { targetTab } from '@/lib/extension-pages/tabs';
import { readerPath } from '@/lib/extension-pages/reader-link';

type View = { kind: 'search' } | { kind: 'timeline' } | { kind: 'card'; id: string };

const HEADING = 'explore-card-heading';

/** The entities Backstory found on the page beside the panel, or undefined when it is not running there. */
async function entitiesOnPage(): Promise<Set<string> | undefined> {
  const tab = await targetTab();
  if (tab?.id === undefined) return undefined;
  const found = await askContent(tab.id, 'pageMentions', {});
  return found.ok && found.value.running ? new Set(found.value.entities.map((e) => e.id)) : undefined;
}

export interface ExploreProps {
  initialEntity?: string;
  /** Move focus to the card once it is shown (the reader asked for it from another tab). */
  focusCard?: boolean;
}

/** Explore the knowledge base: search it, open entity cards, browse events by date. */
export function Explore({ initialEntity, focusCard = false }: ExploreProps) {
  const [history, setHistory] = useState<View[]>([
    initialEntity ? { kind: 'card', id: initialEntity } : { kind: 'search' },
  ]);
  const view = history[history.length - 1]!;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const [card, setCard] = useState<Card>();
  const [timeline, setTimeline] = useState<EventRef[]>();
  const [onPage, setOnPage] = useState<Set<string>>();
  const [onlyOnPage, setOnlyOnPage] = useState(false);
  const [error, setError] = useState<string>();
  // Focus follows the reader into each card they open here (a chip, Back), or from another tab.
  const [focusNext, setFocusNext] = useState(focusCard);

  const go = (next: View) => setHistory((h) => [...h, next]);
  const back = () => {
    setFocusNext(true);
    setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h));
  };

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

  useEffect(() => {
    if (!card || !focusNext) return;
    setFocusNext(false);
    document.getElementById(HEADING)?.focus();
  }, [card, focusNext]);

  const wantsTimeline = view.kind === 'timeline' && !timeline;
  useEffect(() => {
    if (!wantsTimeline) return;
    void askBackground('getTimeline', {}).then((r) =>
      r.ok ? setTimeline(r.value) : setError(r.error.message),
    );
    void entitiesOnPage().then(setOnPage);
  }, [wantsTimeline]);

  const openCard = (id: string) => {
    setFocusNext(true);
    go({ kind: 'card', id });
  };
  const pageEvents = timeline && onPage ? timeline.filter((e) => onPage.has(e.id)) : undefined;

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
      {view.kind === 'timeline' && timeline && (
        <>
          {pageEvents && (
            <label class="inline-check">
              <input
                type="checkbox"
                checked={onlyOnPage}
                onChange={(e) => setOnlyOnPage(e.currentTarget.checked)}
              />{' '}
              Only events on this page ({pageEvents.length})
            </label>
          )}
          <Timeline events={onlyOnPage && pageEvents ? pageEvents : timeline} onOpen={openCard} />
        </>
      )}
      {view.kind === 'card' && card && (
        <EntityCard
          card={card}
          headingId={HEADING}
          onNavigate={openCard}
          onOpenSource={(claim) =>
            void browser.tabs.create({ url: browser.runtime.getURL(readerPath(claim)) })
          }
        />
      )}
    </section>
  );
}
