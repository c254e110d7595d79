import { useEffect, useState } from 'preact/hooks';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import { activeTab, openSidePanel, probeTab } from '@/lib/pages/tabs';

export function App() {
  const [status, setStatus] = useState<StatusLineProps>({ tone: 'pending', text: 'Checking this page…' });
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    void (async () => {
      const tab = await activeTab();
      setWindowId(tab?.windowId);
      const probe = await probeTab(tab?.id);
      setStatus(
        probe.ok && probe.value.background.ok
          ? { tone: 'ok', text: 'Backstory is active on this page.' }
          : { tone: 'bad', text: 'Backstory does not run on this page (only on http and https pages).' },
      );
    })();
  }, []);

  return (
    <main>
      <h1>Backstory</h1>
      <StatusLine {...status} />
      <div class="actions">
        <button class="primary" onClick={() => void openSidePanel(windowId)}>
          Open side panel
        </button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </div>
    </main>
  );
}
