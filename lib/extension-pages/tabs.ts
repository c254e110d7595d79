/** Helpers for extension pages (popup, side panel) that act on the tab the user is looking at. */
import { askContent } from '../messaging/client';
import type { ProbeReply } from '../messaging/protocol';
import type { Result } from '../result';
import { fail } from '../result';

/** The active tab of the current window, if it is a normal web page. */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The tab a page works on: the one named by a `?tabId=` parameter (a side panel opened for one
 * tab, as `sidePanel.setOptions({ tabId, path })` does), else the active tab.
 */
export async function targetTab(search = location.search): Promise<Browser.tabs.Tab | undefined> {
  const bound = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(bound) && bound > 0) return browser.tabs.get(bound).catch(() => undefined);
  return activeTab();
}

/** Asks the content script in a tab's top frame whether it is running and can reach the background. */
export async function probeTab(tabId: number | undefined): Promise<Result<ProbeReply>> {
  if (tabId === undefined) return fail('unreachable', 'No tab is active');
  return askContent(tabId, 'probe', { nonce: crypto.randomUUID() });
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Opens Backstory's side panel (Chrome) or sidebar (Firefox). Must run inside a user gesture. */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebarAction = (globalThis as { browser?: { sidebarAction?: FirefoxSidebarAction } }).browser
    ?.sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (windowId !== undefined) await browser.sidePanel.open({ windowId });
}
