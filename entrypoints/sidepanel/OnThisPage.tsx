import { useEffect, useState } from 'preact/hooks';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import { probeTab, targetTab } from '@/lib/pages/tabs';

type PageStatus = StatusLineProps & { title?: string };

/** Describes the tab the side panel sits beside; refreshed whenever the user switches or loads a tab. */
async function describeTab(): Promise<PageStatus> {
  const tab = await targetTab();
  const probe = await probeTab(tab?.id);
  if (probe.ok && probe.value.background.ok) {
    return { tone: 'ok', text: 'Backstory is reading this page.', title: probe.value.title };
  }
  return { tone: 'bad', text: 'Backstory does not run on this page.' };
}

export function OnThisPage() {
  const [status, setStatus] = useState<PageStatus>({ tone: 'pending', text: 'Looking at the current tab…' });

  useEffect(() => {
    const refresh = () => void describeTab().then(setStatus);
    const onUpdated = (_id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (change.status === 'complete') refresh();
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return (
    <section aria-label="On this page">
      {status.title && <p class="muted">{status.title}</p>}
      <StatusLine tone={status.tone} text={status.text} />
    </section>
  );
}
