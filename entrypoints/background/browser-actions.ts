/** The browser-facing actions the background's handlers need, for Chrome and Firefox. */
import { contentMessenger } from '@/lib/messaging';

export async function openExtensionTab(path: `/${string}`): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') });
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) beside a tab, on an entity if given. */
export async function openSidePanel(tabId: number, entity?: string): Promise<void> {
  const params = new URLSearchParams({ tabId: String(tabId) });
  if (entity) params.set('entity', entity);
  const path = `sidepanel.html?${params.toString()}`;
  const sidebar = (globalThis as { browser?: { sidebarAction?: FirefoxSidebar } }).browser?.sidebarAction;
  if (sidebar) {
    await sidebar.setPanel({ tabId, panel: browser.runtime.getURL(`/${path}` as '/sidepanel.html') });
    await sidebar.open();
    return;
  }
  // open() must run while the user's click is still being handled: call it before awaiting.
  const opening = browser.sidePanel.open({ tabId });
  await browser.sidePanel.setOptions({ tabId, path, enabled: true });
  await opening;
}

/** Asks every tab's content scripts (all frames) to reload settings and knowledge. */
export function broadcastRefresh(): void {
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      contentMessenger.sendMessage('refresh', {}, tab.id).catch(() => undefined);
    }
  });
}
