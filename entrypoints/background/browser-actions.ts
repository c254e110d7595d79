/** The browser-facing actions the background's handlers need, for Chrome and Firefox. */
import type { SidePanelView } from '@/lib/background/handlers';
import type { HostDocument } from '@/lib/background/claim-form-access';
import { contentMessenger } from '@/lib/messaging/protocol';
import { BROADCAST_GAP_MS, paced } from '@/lib/background/paced';
import { MAX_TYPED_AHEAD } from '@/lib/dom/typed-keys';

export async function openExtensionTab(path: `/${string}`): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') });
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) beside a tab, on a view if given. */
export async function openSidePanel(tabId: number, view: SidePanelView = {}): Promise<void> {
  const params = new URLSearchParams({ tabId: String(tabId) });
  for (const [key, value] of Object.entries(view)) if (value) params.set(key, value);
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
  try {
    await opening;
  } catch {
    // Chrome refuses when it no longer counts the click as a user gesture: show the same view
    // in a tab rather than nothing.
    await openExtensionTab(`/${path}`);
  }
}

function broadcast(type: 'refresh' | 'refreshClaims'): void {
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      contentMessenger.sendMessage(type, {}, tab.id).catch(() => undefined);
    }
  });
}

/** Asks every tab's content scripts (all frames) to reload settings and knowledge (paced.ts). */
export const broadcastRefresh = paced(() => broadcast('refresh'), BROADCAST_GAP_MS);
/** Tells every tab's content scripts that saved claims changed (paced.ts). */
export const broadcastClaims = paced(() => broadcast('refreshClaims'), BROADCAST_GAP_MS);

/** The entities one frame's page mentions, as that frame's content script reports them. */
export async function pageEntities(tabId: number, frameId: number): Promise<{ id: string; label: string }[]> {
  const reply = await contentMessenger
    .sendMessage('pageMentions', {}, { tabId, frameId })
    .catch(() => undefined);
  // The page's renderer answers: anything but a list is no list of names (the labels it gives
  // are not used: claim-form-handlers.ts names the entities from the knowledge base).
  const entities: unknown = reply?.ok ? reply.value.entities : undefined;
  if (!Array.isArray(entities)) return [];
  return entities.map((e: { id?: unknown; label?: unknown } | null) => ({
    id: typeof e?.id === 'string' ? e.id : '',
    label: typeof e?.label === 'string' ? e.label : '',
  }));
}

/** Tells the frame showing a claim form how tall the form wants to be. */
export async function claimFormHeight(tabId: number, frameId: number, id: string, height: number) {
  await contentMessenger
    .sendMessage('claimFormHeight', { id, height }, { tabId, frameId })
    .catch(() => undefined);
}

/** Tells the frame showing a claim form (every frame of the tab, if unknown) that it closed. */
export async function claimFormClosed(tabId: number, id: string, frameId?: number): Promise<void> {
  const to = frameId === undefined ? tabId : { tabId, frameId };
  await contentMessenger.sendMessage('claimFormClosed', { id }, to).catch(() => undefined);
}

/**
 * Whether one document of a tab shows the claim form for a claim now. Sent by the document's id
 * where the browser gave one (Chrome), so a frame that has since loaded another page is not asked:
 * the browser refuses to deliver it. @webext-core/messaging passes only a frame id, so the
 * message is sent here in its wire format.
 */
export async function claimFormShown(tabId: number, host: HostDocument, id: string): Promise<boolean> {
  const message = { id: Date.now(), type: 'claimFormShown', data: { id }, timestamp: Date.now() };
  const to = host.documentId === undefined ? { frameId: host.frameId } : { documentId: host.documentId };
  const reply = (await browser.tabs.sendMessage(tabId, message, to).catch(() => undefined)) as
    { res?: { ok?: boolean; value?: unknown } } | undefined;
  return reply?.res?.ok === true && reply.res.value === true;
}

/** The keys typed in a frame while its claim form loaded, held there for the form ('' if none). */
export async function claimFormTypedAhead(tabId: number, frameId: number, id: string): Promise<string> {
  const reply = await contentMessenger
    .sendMessage('claimFormTypedAhead', { id }, { tabId, frameId })
    .catch(() => undefined);
  return reply?.ok ? reply.value.slice(0, MAX_TYPED_AHEAD) : '';
}

/** Asks the frame showing the claim form whether a click in it may count (null when it may). */
export async function claimFormClick(
  tabId: number,
  frameId: number,
  click: { id: string; x: number; y: number },
): Promise<string | null> {
  const reply = await contentMessenger
    .sendMessage('claimFormClick', click, { tabId, frameId })
    .catch(() => undefined);
  return reply?.ok ? reply.value : 'Backstory could not check that this form is on show';
}

/** The badge of a tab whose page keeps Backstory's card away. */
const BLOCKED_BADGE = '!';

const BLOCKED_TITLE = {
  interference:
    'Backstory: this page keeps removing or hiding Backstory’s card. Open the side panel instead.',
  unsupported: 'Backstory: this page does not let Backstory show its card. Open the side panel instead.',
} as const;

/**
 * A tab's badge writes, one after another. `setEchoBadge` reads the badge and then writes it; a
 * "!" set between its read and its write was overwritten by a count (seen in CI, once in two runs).
 */
const badgeTurns = new Map<number, Promise<void>>();

function inBadgeTurn(tabId: number, write: () => Promise<void>): Promise<void> {
  const turn = (badgeTurns.get(tabId) ?? Promise.resolve()).then(write).catch(() => undefined);
  badgeTurns.set(tabId, turn);
  void turn.then(() => {
    if (badgeTurns.get(tabId) === turn) badgeTurns.delete(tabId);
  });
  return turn;
}

/** Marks a tab's toolbar button (until it loads another page): the page keeps Backstory's card away. */
export function markUiBlocked(tabId: number, reason: keyof typeof BLOCKED_TITLE): Promise<void> {
  const action = browser.action;
  return inBadgeTurn(tabId, async () => {
    await Promise.all([
      action.setBadgeText({ tabId, text: BLOCKED_BADGE }),
      action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
      action.setTitle({ tabId, title: BLOCKED_TITLE[reason] }),
    ]);
  });
}

/** Clears the mark when the tab loads a page (tab-specific badges outlive navigation). */
export function clearUiBlockedOnLoad(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    const action = browser.action;
    void inBadgeTurn(tabId, async () => {
      if (!(await action.getBadgeText({ tabId }))) return;
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title: await action.getTitle({}) });
    });
  });
}

/**
 * The toolbar badge: how many passages of a tab's page were seen elsewhere. Only the reader
 * sees it; no page can read an extension's badge. A tab marked because its page keeps
 * Backstory's card away (`markUiBlocked`, "!") keeps that mark: it is the more urgent news, and
 * the side panel it points to lists the passages too.
 */
export function setEchoBadge(tabId: number, count: number): Promise<void> {
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // A failed write is a tab that closed meanwhile (`inBadgeTurn` swallows it).
  return inBadgeTurn(tabId, async () => {
    if ((await action.getBadgeText({ tabId })) === BLOCKED_BADGE) return;
    const title =
      count > 0
        ? `Backstory: ${count} passage${count === 1 ? '' : 's'} seen elsewhere`
        : await action.getTitle({});
    await Promise.all([
      action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
      action.setBadgeBackgroundColor({ tabId, color: '#4b3f99' }),
      action.setTitle({ tabId, title }),
    ]);
  });
}
