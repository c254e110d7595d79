import { useEffect, useState } from 'preact/hooks';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import { askBackground, askContent } from '@/lib/messaging/client';
import { activeTab, openSidePanel, probeTab } from '@/lib/extension-pages/tabs';
import { mentionTotal, tabSite } from '@/lib/extension-pages/tab-page';
import { siteListed } from '@/lib/settings/schema';
import { Shortcuts } from './Shortcuts';
import { SyncLine } from './SyncLine';

interface TabState {
  status: StatusLineProps;
  site?: string;
  paused?: boolean;
  mentions?: number;
}

async function describe(tab: Browser.tabs.Tab | undefined): Promise<TabState> {
  const tabId = tab?.id;
  const [probe, page] = await Promise.all([
    probeTab(tabId),
    tabId === undefined ? undefined : askBackground('tabPage', { tabId }),
  ]);
  // The site is the browser's, never the page's: its renderer answers the probe, and the reader's
  // Pause must pause the site they are on (SECURITY.md, "A compromised renderer").
  const site = tabSite({ url: page?.ok ? (page.value ?? undefined) : undefined });
  if (!probe.ok || !probe.value.background.ok || tabId === undefined || site === undefined) {
    return {
      status: { tone: 'bad', text: 'Backstory does not run on this page (only on http and https pages).' },
    };
  }
  const [settings, found] = await Promise.all([
    askBackground('getSettings', {}),
    askContent(tabId, 'pageMentions', {}),
  ]);
  const paused = settings.ok && siteListed(site, settings.value.pausedSites);
  // The page's renderer answers: a number, whatever it sends (tab-page.ts).
  const mentions = found.ok ? mentionTotal(found.value.entities) : 0;
  return {
    site,
    paused,
    mentions,
    status: paused
      ? { tone: 'pending', text: `Paused on ${site}.` }
      : { tone: 'ok', text: `${mentions} mention${mentions === 1 ? '' : 's'} on this page.` },
  };
}

export function App() {
  const [state, setState] = useState<TabState>({ status: { tone: 'pending', text: 'Checking this page…' } });
  const [tab, setTab] = useState<Browser.tabs.Tab>();

  useEffect(() => {
    void activeTab().then(async (t) => {
      setTab(t);
      setState(await describe(t));
    });
  }, []);

  const toggle = async () => {
    if (!state.site) return;
    const result = await askBackground('setSitePaused', { site: state.site, paused: !state.paused });
    if (result.ok) {
      // Give the page a moment to apply the change before counting again.
      setTimeout(() => void describe(tab).then(setState), 300);
    }
  };

  return (
    <main>
      <h1>Backstory</h1>
      <StatusLine {...state.status} />
      {state.site && (
        <label class="switch">
          <input type="checkbox" checked={!state.paused} onChange={() => void toggle()} /> On for {state.site}
        </label>
      )}
      <SyncLine />
      <div class="actions">
        <button class="primary" onClick={() => void openSidePanel(tab?.windowId)}>
          Open side panel
        </button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </div>
      <Shortcuts />
    </main>
  );
}
