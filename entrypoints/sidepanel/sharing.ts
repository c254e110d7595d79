/** Which of the shown claims are shared with the team (nothing when sync is off), and changing it. */
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging/client';

export type Sharing = Record<string, { shared: boolean; choice?: 'shared' | 'private' }>;

export function useSharing(ids: readonly string[], version: number) {
  const [sharing, setSharing] = useState<Sharing>({});
  const [changed, setChanged] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    void askBackground('getClaimSharing', { ids: key.split(',').slice(0, 10_000) }).then((result) => {
      if (result.ok) setSharing(result.value);
    });
  }, [key, version, changed]);
  const share = async (id: string, shared: boolean) => {
    await askBackground('setClaimSharing', { id, choice: shared ? 'shared' : 'private' });
    setChanged((n) => n + 1);
  };
  return { sharing, share };
}
