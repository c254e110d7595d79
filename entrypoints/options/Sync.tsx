import { useEffect, useState } from 'preact/hooks';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import { SyncConflicts } from '@/components/SyncConflicts';
import { SyncForm, type SyncFormValues } from '@/components/SyncForm';
import type { Conflict, SyncStatus } from '@/lib/sync/status';
import { askBackground } from '@/lib/messaging/client';
import { originPattern, SHARED_DATA_KINDS, syncConfigSchema } from '@/lib/sync/config';

// Chrome's match patterns name the port; Firefox's cannot.
const withPort = !import.meta.env.FIREFOX;
const REFRESH_MS = 1500;
/** What a shared claim carries, in Firefox's data-collection terms. */

/**
 * "Sync with a team server": off until the reader connects. Connecting asks the browser for
 * permission to reach that one server, at that moment; removing the server gives it up.
 */
export function Sync() {
  const [status, setStatus] = useState<SyncStatus>();
  const [message, setMessage] = useState<StatusLineProps>();
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const result = await askBackground('getSyncStatus', {});
    if (result.ok) setStatus(result.value);
  };
  useEffect(() => {
    void refresh();
  }, []);
  // Sync runs in the background: while it is on, show where it is. While it is off nothing is
  // asked, so an open settings page never wakes the background for nothing.
  const syncing = status?.connected ?? false;
  useEffect(() => {
    if (!syncing) return;
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [syncing]);

  const conflictCount = status?.conflicts ?? 0;
  const lastSynced = status?.lastSynced;
  useEffect(() => {
    if (conflictCount === 0) {
      setConflicts([]);
      return;
    }
    void askBackground('listSyncConflicts', {}).then(async (result) => {
      if (!result.ok) return;
      setConflicts(result.value);
      const ids = [
        ...new Set(
          result.value.flatMap((c) =>
            c.versions.flatMap((v) => (v.body.type === 'claim' ? v.body.claim.entities : [])),
          ),
        ),
      ];
      if (ids.length > 0) {
        const named = await askBackground('getEntityLabels', { ids });
        if (named.ok) setLabels(named.value);
      }
    });
  }, [conflictCount, lastSynced]);

  const act = async (
    run: () => Promise<{ ok: true; value: SyncStatus } | { ok: false; error: { message: string } }>,
    done: string,
  ) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setMessage({ tone: 'ok', text: done });
    } else setMessage({ tone: 'bad', text: result.error.message });
  };

  const connect = async (values: SyncFormValues) => {
    const { create, ...config } = values;
    const parsed = syncConfigSchema.safeParse(config);
    if (!parsed.success) {
      setMessage({ tone: 'bad', text: parsed.error.issues[0]?.message ?? 'Check the form.' });
      return;
    }
    const origins = [originPattern(parsed.data.server, withPort)];
    // The browser asks the reader now, for this one origin; this must be the click's first await.
    // Firefox also asks consent to transmit what is shared (the manifest's optional data collection).
    const request = import.meta.env.FIREFOX ? { origins, data_collection: SHARED_DATA_KINDS } : { origins };
    const allowed = await browser.permissions.request(request as { origins: string[] }).catch(() => false);
    if (!allowed) {
      setMessage({
        tone: 'bad',
        text: `Backstory was not allowed to reach ${new URL(parsed.data.server).host}, so nothing was changed.`,
      });
      return;
    }
    setMessage({ tone: 'pending', text: `Checking ${new URL(parsed.data.server).host}…` });
    await act(async () => {
      const result = await askBackground('connectSync', { ...parsed.data, create });
      // A server that could not be used keeps no permission (unless sync already uses its origin).
      const inUse = status?.server !== undefined && originPattern(status.server, withPort) === origins[0];
      if (!result.ok && !inUse) await browser.permissions.remove({ origins }).catch(() => false);
      return result;
    }, 'Connected. Sync runs in the background.');
  };

  const connected = status?.connected ? status : undefined;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync with a team server</h2>
      <p class="muted">
        Off unless you connect a CouchDB server (or a trial <code>npx pouchdb-server</code>). Only the claims
        you choose to share, with their relations and your name, are sent to it; private claims never leave
        this browser.
      </p>
      <div class="sync-status" data-phase={status?.phase ?? 'loading'}>
        {/* Not a live region: it changes as sync runs, which would be read out again and again. */}
        <p
          class={`sync-state ${!status || status.phase !== 'up-to-date' || !status.connected ? (status?.fault ? 'status-bad' : 'muted') : 'status-ok'}`}
        >
          {status?.sentence ?? 'Loading…'}
        </p>
        {connected && (
          <p class="muted">
            {connected.database} on {new URL(connected.server!).host}
            {connected.username ? ` as ${connected.username}` : ''} · {connected.waiting} change
            {connected.waiting === 1 ? '' : 's'} waiting to be sent
          </p>
        )}
      </div>
      <SyncForm
        key={connected ? 'connected' : 'off'}
        connected={connected && { author: connected.author!, share: connected.share!, tags: connected.tags! }}
        busy={busy}
        onConnect={(values) => void connect(values)}
        onSaveSharing={(rule) => void act(() => askBackground('updateSyncSharing', rule), 'Sharing saved.')}
      />
      {connected && (
        <div class="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => askBackground('syncNow', {}), 'Syncing.')}
          >
            Sync now
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(
                () => askBackground('disconnectSync', {}),
                'Server removed: sync is off and Backstory may no longer reach it. Your claims stay here.',
              )
            }
          >
            Remove server
          </button>
        </div>
      )}
      {message && <StatusLine {...message} />}
      {conflicts.length > 0 && (
        <>
          <h3 id="conflicts-heading">Conflicts</h3>
          <p class="muted">
            These claims were changed on two devices before they synced. Both versions are kept until you keep
            one; the other is then removed everywhere.
          </p>
          <SyncConflicts
            conflicts={conflicts}
            entityLabel={(id) => labels[id] ?? id}
            onKeep={(id, rev) =>
              void askBackground('resolveSyncConflict', { id, rev }).then((result) => {
                setMessage(
                  result.ok
                    ? { tone: 'ok', text: 'Version kept.' }
                    : { tone: 'bad', text: result.error.message },
                );
                void refresh();
              })
            }
          />
        </>
      )}
      {connected && connected.refused.length > 0 && (
        <>
          <h3>Refused from the server</h3>
          <p class="muted">The server sent these documents; Backstory did not store them.</p>
          <ul class="refused">
            {connected.refused.map((r) => (
              <li key={`${r.id} ${r.at}`}>
                <bdi>{r.id}</bdi>: {r.reason}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => void askBackground('clearSyncRefused', {}).then(() => refresh())}
          >
            Clear this list
          </button>
        </>
      )}
    </section>
  );
}
