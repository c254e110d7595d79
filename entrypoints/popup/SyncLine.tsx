import { useEffect, useState } from 'preact/hooks';
import { StatusLine } from '@/components/StatusLine';
import type { SyncStatus } from '@/lib/sync/status';
import { askBackground } from '@/lib/messaging/client';

/** Team sync in one line (nothing when sync is off), and conflicts waiting for the reader. */
export function SyncLine() {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void askBackground('getSyncStatus', {}).then((result) => result.ok && setStatus(result.value));
  }, []);
  if (!status?.connected) return null;
  return (
    <div class="sync-line">
      <StatusLine
        tone={status.fault ? 'bad' : status.phase === 'up-to-date' ? 'ok' : 'pending'}
        text={status.sentence}
      />
      {status.conflicts > 0 && (
        <p>
          {status.conflicts} claim{status.conflicts === 1 ? '' : 's'} in conflict:{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            pick a version in Settings
          </button>
        </p>
      )}
    </div>
  );
}
