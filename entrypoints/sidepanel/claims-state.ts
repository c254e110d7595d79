/**
 * The state behind the Claims tab, one hook per concern, so that each mode's component only
 * renders. The hooks live in the tab (not in the mode components) so a search, a selection or
 * the list fetched so far survive switching between modes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StatusLineProps } from '@/components/StatusLine';
import type { ClaimPatch, ClaimQuery, ClaimRelation, SavedClaim } from '@/lib/claims/schema';
import type { ClaimList } from '@/lib/claims/query';
import { askBackground, askContent } from '@/lib/messaging/client';
import { onDraftsChanged } from '@/lib/messaging/drafts-changed';
import { onPageClaimsChanged } from '@/lib/messaging/page-news';
import { targetTab } from '@/lib/extension-pages/tabs';
import { claimsMarkedOnTab } from '@/lib/extension-pages/tab-page';
import { readPageClaimsReply, type Placements } from '@/lib/extension-pages/page-claims-reply';
import { cardEdits } from '@/components/card-edits';
import { isolatedQuote } from '@/lib/visible-text';

/** Which claims the tab shows: this page's, all of them with filters, or a comparison. */
export type ClaimsMode = 'page' | 'all' | 'compare';
export type { Placements };
type ShowStatus = (status: StatusLineProps) => void;
type Deleted = { claim: SavedClaim; relations: ClaimRelation[] };
/** A status said in the claims' status bar; `said` tells one saying from the next of the same text. */
export type SaidStatus = StatusLineProps & { said: number };

/** Whether a set of ids holds exactly the ids listed. */
const sameIds = (set: ReadonlySet<string>, ids: readonly string[]) =>
  set.size === new Set(ids).size && ids.every((id) => set.has(id));

/**
 * Saving, deleting and restoring claims, with the status line they report to and a `version`
 * that changes after each, so the lists fetch again.
 */
export function useClaimEdits() {
  const [status, setSaid] = useState<SaidStatus>();
  // "Saved." twice is said twice: the bar draws each saying afresh, so it is heard and seen again.
  const setStatus = (next: StatusLineProps) => setSaid((old) => ({ ...next, said: (old?.said ?? 0) + 1 }));
  const [deleted, setDeleted] = useState<Deleted>();
  const [version, setVersion] = useState(0);
  const [drafts, setDrafts] = useState<ReadonlySet<string>>(new Set());
  const refresh = () => setVersion((v) => v + 1);
  // Which claims have a note kept as a draft, for their cards to say so. A draft is kept from
  // outside the panel too (the claim form on the page, as it closes): the background announces
  // each change (drafts-changed.ts) and the panel asks then, once as it opens, and after its own
  // edits; the cards are drawn again only when the set changed. An answer is dropped when a newer
  // question was asked or the panel changed the set itself after asking: it would be stale.
  const lastAskedRef = useRef(0);
  const localChangeRef = useRef(0);
  useEffect(() => {
    const ask = () => {
      const question = lastAskedRef.current + 1;
      lastAskedRef.current = question;
      const seen = localChangeRef.current;
      void askBackground('claimsWithNoteDrafts', {}).then((r) => {
        if (!r.ok || question !== lastAskedRef.current || seen !== localChangeRef.current) return;
        setDrafts((old) => (sameIds(old, r.value) ? old : new Set(r.value)));
      });
    };
    ask();
    return onDraftsChanged(ask);
  }, [version]);

  /** Saves `patch`, and keeps (or with null drops) the note draft when one is given (ClaimCard). */
  const save = async (claim: SavedClaim, patch: ClaimPatch, noteDraft?: string | null) => {
    // The draft first: the save draws the card again, and it must find the draft if it asks.
    const kept =
      noteDraft === undefined
        ? { ok: true }
        : await askBackground('keepNoteDraft', { id: claim.id, note: noteDraft });
    // The card says "Draft" as soon as the draft is kept, not once the lists are fetched again.
    if (noteDraft !== undefined && kept.ok) {
      localChangeRef.current = localChangeRef.current + 1;
      setDrafts((old) => {
        const next = new Set(old);
        if (noteDraft === null) next.delete(claim.id);
        else next.add(claim.id);
        return next;
      });
    }
    const result = await askBackground('updateClaim', { id: claim.id, patch });
    setStatus(
      !result.ok
        ? { tone: 'bad', text: `Not saved: ${result.error.message}` }
        : !kept.ok
          ? {
              tone: 'bad',
              text: 'Saved, but the note too long to save could not be kept: copy it before closing.',
            }
          : noteDraft
            ? { tone: 'ok', text: 'Saved, except the note: it is too long to save and kept as a draft.' }
            : { tone: 'ok', text: 'Saved.' },
    );
    refresh();
  };
  /** The note kept as a claim's draft, if any (too long to save). */
  const noteDraft = async (claim: SavedClaim) => {
    const result = await askBackground('noteDraft', { id: claim.id });
    return result.ok ? (result.value ?? undefined) : undefined;
  };
  const remove = async (claim: SavedClaim) => {
    const result = await askBackground('deleteClaim', { id: claim.id });
    if (!result.ok) return setStatus({ tone: 'bad', text: `Not deleted: ${result.error.message}` });
    setDeleted(result.value);
    setStatus({ tone: 'ok', text: `Claim deleted: “${isolatedQuote(claim.selectors.quote.exact, 60)}”.` });
    refresh();
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await askBackground('restoreClaim', deleted);
    setStatus(
      result.ok
        ? { tone: 'ok', text: 'Claim restored.' }
        : { tone: 'bad', text: `Not restored: ${result.error.message}` },
    );
    setDeleted(undefined);
    // The restored card takes focus (the Undo button goes), as a card drawn after a save does.
    if (result.ok) cardEdits.giveFocus(deleted.claim.id);
    refresh();
  };
  /**
   * The reader went on to another view: what the line said was about the one they left ("Claim
   * restored." under the compare view, where nothing was restored). A deletion that can still be
   * undone stays said, beside its Undo.
   */
  const leaveView = () => {
    if (!deleted) setSaid(undefined);
  };
  return { status, setStatus, deleted, drafts, version, save, noteDraft, remove, undo, leaveView };
}

/**
 * The claims saved for the page in the panel's tab and where each sits, fetched while `active`,
 * and whether that page did not answer (`notRunning`). That is said of the page it was about
 * only: it is cleared as the tab goes to another page or the reader to another tab, and by the
 * next answer, rather than left in the shared status bar where a later success never cleared it.
 */
export function usePageClaims(active: boolean, version: number) {
  const [tabId, setTabId] = useState<number>();
  const [claims, setClaims] = useState<SavedClaim[]>([]);
  const [placements, setPlacements] = useState<Placements>({});
  const [notRunning, setNotRunning] = useState(false);

  // The page is asked where its claims sit once as the tab opens (or the panel saved something),
  // when the reader switches tabs or the tab loads another page, and when the page says its
  // claims moved (page-news.ts): never on a timer, so nothing is sent while nothing
  // changes. The saved claims are fetched again only when the page's address or its set of
  // claims changed, or after the panel's own edits. An answer to an older question is dropped.
  useEffect(() => {
    if (!active) return;
    let current: number | undefined;
    let asked = 0;
    let listed: string | undefined;
    const ask = async () => {
      const question = ++asked;
      const stale = () => question !== asked;
      const tab = await targetTab();
      if (stale()) return;
      if (tab?.id !== current) setNotRunning(false);
      current = tab?.id;
      setTabId(current);
      if (tab?.id === undefined) return;
      const [found, page] = await Promise.all([
        askContent(tab.id, 'pageClaims', {}),
        askBackground('tabPage', { tabId: tab.id }),
      ]);
      if (stale()) return;
      // The page's renderer answers: its reply is parsed, and its addresses count only on the
      // origin the browser reports.
      const tabUrl = page.ok ? (page.value ?? undefined) : undefined;
      const view = readPageClaimsReply(found, tabUrl);
      if (!view) {
        listed = undefined;
        setClaims([]);
        setPlacements({});
        setNotRunning(true);
        return;
      }
      setNotRunning(false);
      const { url, seenUrl, placements: next } = view;
      setPlacements((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
      const key = JSON.stringify([tab.id, url, seenUrl, Object.keys(next).toSorted()]);
      if (key === listed) return;
      const saved = await askBackground('claimsForPage', { url, seenUrl });
      if (stale()) return;
      listed = key;
      setClaims(saved.ok ? claimsMarkedOnTab(saved.value, tabUrl) : []);
    };
    const askNow = () => void ask();
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id !== current) return;
      // The page that did not answer is going: what was said of it is not said of the next.
      if (change.status === 'loading' || change.url !== undefined) setNotRunning(false);
      if (change.status === 'complete') askNow();
    };
    askNow();
    const stopNews = onPageClaimsChanged((id) => {
      if (id === current) askNow();
    });
    browser.tabs.onActivated.addListener(askNow);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      asked++;
      stopNews();
      browser.tabs.onActivated.removeListener(askNow);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [active, version]);

  return { tabId, claims, placements, notRunning };
}

/** Every claim matching the reader's search and filters, fetched while `active`. */
export function useAllClaims(active: boolean, version: number, showStatus: ShowStatus) {
  const [list, setList] = useState<ClaimList>();
  const [query, setQuery] = useState<ClaimQuery>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (!active) return;
    // Waits for a pause in typing before asking.
    const timer = setTimeout(
      () =>
        void askBackground('listClaims', { query }).then((r) =>
          r.ok ? setList(r.value) : showStatus({ tone: 'bad', text: r.error.message }),
        ),
      150,
    );
    return () => clearTimeout(timer);
    // `showStatus` is a state setter: it never changes.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [active, query, version]);

  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return { list, query, setQuery, selected, select };
}

/** Names for actor and event ids, fetched in the background as new ids appear; the id until then. */
export function useEntityLabels(ids: readonly string[]) {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const wanted = [...new Set(ids)].filter((id) => !(id in labels));
  const wantedKey = wanted.slice(0, 2000).join(',');
  useEffect(() => {
    if (!wantedKey) return;
    void askBackground('getEntityLabels', { ids: wantedKey.split(',') }).then((r) => {
      if (r.ok) setLabels((old) => ({ ...old, ...r.value }));
    });
  }, [wantedKey]);
  return (id: string) => labels[id] ?? id;
}
