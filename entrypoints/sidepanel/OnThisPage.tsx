import { useEffect, useRef, useState } from 'preact/hooks';
import { PageEntityList } from '@/components/PageEntityList';
import { SeenElsewhere } from '@/components/SeenElsewhere';
import type { CompareTarget } from '@/lib/claims/compare';
import type { PageEcho } from '@/lib/echo/types';
import { askBackground } from '@/lib/messaging/client';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import type { PageEntity } from '@/lib/messaging/protocol';
import { askContent } from '@/lib/messaging/client';
import { onPageMentionsChanged } from '@/lib/messaging/page-news';
import { probeTab, targetTab } from '@/lib/extension-pages/tabs';
import { knownPageEntities, pageEntityIds } from '@/lib/extension-pages/tab-page';
import { plural } from '@/lib/plural';

interface PageState {
  status: StatusLineProps;
  title?: string;
  tabId?: number;
  entities: PageEntity[];
  /** Passages seen elsewhere (from the background, never from the page). */
  echoes?: PageEcho[];
  url?: string;
}

/**
 * Of the entities a page reports, those of the knowledge base, under its labels: the page's
 * renderer answers `pageMentions` and may be the attacker's (lib/extension-pages/tab-page.ts).
 */
async function namedByKb(reported: unknown): Promise<PageEntity[]> {
  const ids = pageEntityIds(reported);
  if (ids.length === 0) return [];
  const labels = await askBackground('getEntityLabels', { ids });
  return labels.ok ? knownPageEntities(reported, labels.value) : [];
}

/** Describes the tab the side panel sits beside and what Backstory found on it. */
async function describeTab(): Promise<PageState> {
  const tab = await targetTab();
  const probe = await probeTab(tab?.id);
  if (!probe.ok || !probe.value.background.ok || tab?.id === undefined) {
    // The tab is kept: its page may be loading, and the panel hears from it once it has read it.
    return {
      status: { tone: 'bad', text: 'Backstory does not run on this page.' },
      tabId: tab?.id,
      entities: [],
    };
  }
  const found = await askContent(tab.id, 'pageMentions', {});
  const entities = found.ok ? await namedByKb(found.value.entities) : [];
  const blocked = found.ok ? found.value.uiBlocked : undefined;
  if (blocked) {
    // The page keeps Backstory's card off it (lib/dom/ui-host.ts): this panel is the way in.
    const why =
      blocked === 'interference'
        ? 'This page keeps removing or hiding Backstory’s card, so Backstory no longer shows it here.'
        : 'This page does not let Backstory show its card.';
    const text = `${why} Everything is still here in the side panel.`;
    return { status: { tone: 'bad', text }, title: probe.value.title, tabId: tab.id, entities };
  }
  const text = !found.ok
    ? 'Backstory is reading this page.'
    : !found.value.running
      ? 'Backstory is paused on this site.'
      : entities.length === 0
        ? 'No actors or events from the knowledge base found yet.'
        : `${plural(entities.length, 'actor or event', 'actors and events')} found on this page.`;
  const echoes =
    found.ok && found.value.running ? await askBackground('pageEchoes', { tabId: tab.id }) : undefined;
  return {
    status: { tone: 'ok', text },
    title: probe.value.title,
    tabId: tab.id,
    entities,
    echoes: echoes?.ok ? echoes.value?.echoes : undefined,
    url: echoes?.ok ? echoes.value?.url : undefined,
  };
}

export function OnThisPage({
  onExplore,
  onCompare,
}: {
  onExplore: (entity: string) => void;
  onCompare: (target: CompareTarget) => void;
}) {
  const [state, setState] = useState<PageState>({
    status: { tone: 'pending', text: 'Looking at the current tab…' },
    entities: [],
  });

  // The page is asked what it lists once as the panel opens, when the reader switches tabs or
  // the tab loads another page, and when the page says its mentions changed (a scan, a live
  // update: page-news.ts): never on a timer, so nothing is sent while nothing changes. An answer
  // to an older question is dropped.
  const asked = useRef(0);
  const refresh = async () => {
    const question = ++asked.current;
    const next = await describeTab();
    if (question === asked.current) setState(next);
  };
  const tabId = state.tabId;
  useEffect(() => {
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && change.status === 'complete') void refresh();
    };
    const stopNews = onPageMentionsChanged((id) => {
      if (id === tabId) void refresh();
    });
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stopNews();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
    // `refresh` only reads a ref and sets state.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId]);
  useEffect(() => {
    void refresh();
    // Dropped answers: the panel closed or moved on.
    const questions = asked;
    return () => void questions.current++;
  }, []);

  return (
    <section aria-label="On this page">
      {state.title && (
        <p class="muted" dir="auto">
          {state.title}
        </p>
      )}
      <StatusLine {...state.status} />
      <PageEntityList
        entities={state.entities}
        onReveal={(entity) => {
          if (state.tabId !== undefined) void askContent(state.tabId, 'revealMention', { entity: entity.id });
        }}
        onExplore={(entity) => onExplore(entity.id)}
      />
      {state.echoes && (
        <SeenElsewhere
          echoes={state.echoes}
          onShow={(echo) => {
            if (state.tabId === undefined || !state.url) return;
            const { quote, position } = echo.passage;
            void askContent(state.tabId, 'revealPassage', {
              page: state.url,
              exact: quote.exact,
              prefix: quote.prefix,
              suffix: quote.suffix,
              start: position.start,
              end: position.end,
            }).then((shown) => {
              // Not shown: the tab has moved on or the page has changed; show what is there now.
              if (!shown.ok || !shown.value) void refresh();
            });
          }}
          onCompare={(echo, origin) => {
            const passage = state.url ? { text: echo.passage.quote.exact, url: state.url } : undefined;
            const entity = origin.kind === 'kb' ? origin.about[0] : undefined;
            onCompare(origin.kind === 'saved' ? { claim: origin.id, passage } : { entity, passage });
          }}
          onOpenSaved={(origin) => void browser.tabs.create({ url: origin.link })}
          onOpenSource={(origin) =>
            void askBackground('openReader', { source: origin.source, start: origin.start, end: origin.end })
          }
        />
      )}
    </section>
  );
}
