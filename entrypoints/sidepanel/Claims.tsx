import { plural } from '@/lib/plural';
import { useEffect, useState } from 'preact/hooks';
import { ClaimCard } from '@/components/ClaimCard';
import { ExportControls } from '@/components/ExportControls';
import { exportAndDownload } from '@/lib/pages/export';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import type { CompareTarget } from '@/lib/claims/compare';
import { Compare } from './Compare';
import { claimLabels } from '@/lib/claims/constants';
import type { ClaimPatch, ClaimQuery, ClaimRelation, SavedClaim } from '@/lib/claims/schema';
import type { ClaimList } from '@/lib/claims/query';
import { textFragmentUrl } from '@/lib/claims/text-fragment';
import type { ClaimPlacement } from '@/lib/messaging/protocol';
import { askBackground, askContent } from '@/lib/messaging/client';
import { useSharing } from './sharing';
import { targetTab } from '@/lib/pages/tabs';

type Mode = 'page' | 'all' | 'compare';
type Deleted = { claim: SavedClaim; relations: ClaimRelation[] };

/**
 * Opens a claim's page in a new tab and, once it has loaded, scrolls Backstory to the claim. The
 * content script answers `revealClaim` once it has placed the page's claims, however long that
 * takes; only its start is awaited here, by asking again if it was not listening yet.
 */
async function openClaimPage(claim: SavedClaim) {
  const tab = await browser.tabs.create({ url: textFragmentUrl(claim.url, claim.selectors.quote) });
  if (tab.id === undefined) return;
  const tabId = tab.id;
  const ask = async (tries: number) => {
    const reply = await askContent(tabId, 'revealClaim', { id: claim.id });
    if (!reply.ok && reply.error.code === 'unreachable' && tries > 1) {
      // Not a guess at how long anything takes: a message retried until the script listens.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await ask(tries - 1);
    }
  };
  const listener = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (id !== tabId || change.status !== 'complete') return;
    browser.tabs.onUpdated.removeListener(listener);
    void ask(20);
  };
  browser.tabs.onUpdated.addListener(listener);
}

/** The Claims tab: this page's claims, every claim with search and filters, and the compare view. */
export function Claims({ compareTarget }: { compareTarget?: CompareTarget }) {
  const [mode, setMode] = useState<Mode>(compareTarget ? 'compare' : 'page');
  const [target, setTarget] = useState(compareTarget);
  const [tabId, setTabId] = useState<number>();
  const [pageClaims, setPageClaims] = useState<SavedClaim[]>([]);
  const [placements, setPlacements] = useState<Record<string, ClaimPlacement['status']>>({});
  const [list, setList] = useState<ClaimList>();
  const [query, setQuery] = useState<ClaimQuery>({});
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLineProps>();
  const [deleted, setDeleted] = useState<Deleted>();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (mode !== 'page') return;
    void (async () => {
      const tab = await targetTab();
      setTabId(tab?.id);
      if (tab?.id === undefined) return;
      const found = await askContent(tab.id, 'pageClaims', {});
      if (!found.ok) {
        setPageClaims([]);
        setStatus({ tone: 'bad', text: 'Backstory does not run on this page.' });
        return;
      }
      setPlacements(Object.fromEntries(found.value.placements.map((p) => [p.id, p.status])));
      const claims = await askBackground('claimsForPage', {
        url: found.value.url,
        seenUrl: found.value.seenUrl,
      });
      setPageClaims(claims.ok ? claims.value : []);
    })();
  }, [mode, version]);

  // Where each claim sits can change while the panel is open (the page edits the words under
  // one): ask the page again every second and redraw only when something moved.
  useEffect(() => {
    if (mode !== 'page' || tabId === undefined) return;
    const timer = setInterval(async () => {
      const found = await askContent(tabId, 'pageClaims', {});
      if (!found.ok) return;
      const next = Object.fromEntries(found.value.placements.map((p) => [p.id, p.status]));
      setPlacements((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    }, 1000);
    return () => clearInterval(timer);
  }, [mode, tabId]);

  useEffect(() => {
    if (mode !== 'all') return;
    const timer = setTimeout(
      () =>
        void askBackground('listClaims', { query }).then((r) =>
          r.ok ? setList(r.value) : setStatus({ tone: 'bad', text: r.error.message }),
        ),
      150,
    );
    return () => clearTimeout(timer);
  }, [mode, query, version]);

  const shown = mode === 'page' ? pageClaims : (list?.claims ?? []);
  const { sharing, share } = useSharing(
    shown.map((c) => c.id),
    version,
  );
  const wanted = [...new Set([...shown.flatMap((c) => c.entities), ...(list?.facets.entities ?? [])])].filter(
    (id) => !(id in labels),
  );
  const wantedKey = wanted.slice(0, 2000).join(',');
  useEffect(() => {
    if (!wantedKey) return;
    void askBackground('getEntityLabels', { ids: wantedKey.split(',') }).then((r) => {
      if (r.ok) setLabels((old) => ({ ...old, ...r.value }));
    });
  }, [wantedKey]);

  const save = async (claim: SavedClaim, patch: ClaimPatch) => {
    const result = await askBackground('updateClaim', { id: claim.id, patch });
    setStatus(
      result.ok
        ? { tone: 'ok', text: 'Saved.' }
        : { tone: 'bad', text: `Not saved: ${result.error.message}` },
    );
    refresh();
  };
  const remove = async (claim: SavedClaim) => {
    const result = await askBackground('deleteClaim', { id: claim.id });
    if (!result.ok) return setStatus({ tone: 'bad', text: `Not deleted: ${result.error.message}` });
    setDeleted(result.value);
    setStatus({ tone: 'ok', text: 'Claim deleted.' });
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
    refresh();
  };
  const jump = (claim: SavedClaim) => {
    if (mode === 'page' && tabId !== undefined && placements[claim.id])
      void askContent(tabId, 'revealClaim', { id: claim.id });
    else void openClaimPage(claim);
  };
  const label = (id: string) => labels[id] ?? id;

  return (
    <section aria-label="Claims">
      <div class="claims-modes" role="group" aria-label="Which claims">
        <button type="button" aria-pressed={mode === 'page'} onClick={() => setMode('page')}>
          This page
        </button>
        <button type="button" aria-pressed={mode === 'all'} onClick={() => setMode('all')}>
          All claims
        </button>
        {target && (
          <button type="button" aria-pressed={mode === 'compare'} onClick={() => setMode('compare')}>
            Compare
          </button>
        )}
      </div>
      {status && <StatusLine {...status} />}
      {deleted && (
        <button type="button" onClick={() => void undo()}>
          Undo delete
        </button>
      )}
      {mode === 'all' && (
        <div class="claim-filters">
          <input
            type="search"
            aria-label="Search your claims"
            placeholder="Search quotes, notes, tags, pages…"
            value={query.text ?? ''}
            onInput={(e) => setQuery({ ...query, text: e.currentTarget.value || undefined })}
          />
          <select
            aria-label="Actor or event"
            value={query.entity ?? ''}
            onChange={(e) => setQuery({ ...query, entity: e.currentTarget.value || undefined })}
          >
            <option value="">All actors and events</option>
            {(list?.facets.entities ?? []).map((id) => (
              <option key={id} value={id}>
                {label(id)}
              </option>
            ))}
          </select>
          <select
            aria-label="Tag"
            value={query.tag ?? ''}
            onChange={(e) => setQuery({ ...query, tag: e.currentTarget.value || undefined })}
          >
            <option value="">All tags</option>
            {(list?.facets.tags ?? []).map((t) => (
              <option key={t} value={t}>
                #{t}
              </option>
            ))}
          </select>
          <select
            aria-label="Label"
            value={query.label ?? ''}
            onChange={(e) =>
              setQuery({ ...query, label: (e.currentTarget.value || undefined) as ClaimQuery['label'] })
            }
          >
            <option value="">All labels</option>
            {claimLabels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          <select
            aria-label="Site"
            value={query.site ?? ''}
            onChange={(e) => setQuery({ ...query, site: e.currentTarget.value || undefined })}
          >
            <option value="">All sites</option>
            {(list?.facets.sites ?? []).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label>
            From{' '}
            <input
              type="date"
              value={query.from ?? ''}
              onInput={(e) => setQuery({ ...query, from: e.currentTarget.value || undefined })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={query.to ?? ''}
              onInput={(e) => setQuery({ ...query, to: e.currentTarget.value || undefined })}
            />
          </label>
          {query.entity && (
            <button
              type="button"
              onClick={() => {
                setTarget({ entity: query.entity });
                setMode('compare');
              }}
            >
              Compare claims about {label(query.entity)}
            </button>
          )}
          <ExportControls
            scope={
              selected.size > 0
                ? `${plural(selected.size, 'selected claim')}`
                : `${plural(list?.claims.length ?? 0, 'claim')} (current filter)`
            }
            disabled={(list?.claims.length ?? 0) === 0}
            onExport={(choice) =>
              void exportAndDownload(choice, selected.size > 0 ? { ids: [...selected] } : { query }).then(
                (r) =>
                  setStatus(
                    r.ok
                      ? {
                          tone: 'ok',
                          text: `Exported ${plural(r.value.count, 'claim')} to ${r.value.filename}.`,
                        }
                      : { tone: 'bad', text: `Export failed: ${r.error.message}` },
                  ),
              )
            }
          />
          {list && (
            <p class="muted">
              {list.claims.length} of {plural(list.total, 'claim')}
              {list.unreadable.length > 0
                ? ` · ${list.unreadable.length} stored claims could not be read and are kept as they are`
                : ''}
            </p>
          )}
        </div>
      )}
      {mode === 'compare' && target && <Compare target={target} onTarget={setTarget} />}
      {mode !== 'compare' && (
        <>
          {mode === 'page' && shown.length === 0 && (
            <p class="muted">No claims marked on this page yet. Select text on the page to mark one.</p>
          )}
          <ul class="claims" aria-label={mode === 'page' ? 'Claims on this page' : 'All claims'}>
            {shown.map((claim) => (
              <ClaimCard
                key={`${claim.id}:${claim.updated}`}
                claim={claim}
                placement={mode === 'page' ? (placements[claim.id] ?? 'orphan') : undefined}
                entityLabel={label}
                onJump={() => jump(claim)}
                onSave={(patch) => void save(claim, patch)}
                onDelete={() => void remove(claim)}
                onCompare={() => {
                  setTarget({ claim: claim.id });
                  setMode('compare');
                }}
                shared={sharing[claim.id]?.shared}
                onShare={(on) => void share(claim.id, on)}
                selected={mode === 'all' ? selected.has(claim.id) : undefined}
                onSelect={
                  mode === 'all'
                    ? (on) => {
                        const next = new Set(selected);
                        if (on) next.add(claim.id);
                        else next.delete(claim.id);
                        setSelected(next);
                      }
                    : undefined
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
