import { plural } from '@/lib/plural';
import { namedRefusal } from '@/lib/import/recognise';
import { useEffect, useState } from 'preact/hooks';
import { IssueList } from '@/components/IssueList';
import { PackList } from '@/components/PackList';
import { StatusLine, type StatusLineProps } from '@/components/StatusLine';
import type { StoredPack } from '@/lib/kb/schema';
import { askBackground } from '@/lib/messaging/client';
import { MAX_PACK_BYTES } from '@/lib/kb/read-pack';
import type { PackInstalled } from '@/lib/kb/schema';
import { PACK_PORT } from '@/lib/messaging/ports';
import { sendFile } from '@/lib/extension-pages/transfer';
import type { Issue } from '@/lib/result';

/** Knowledge packs: the bundled seed pack and the ones a researcher imported. */
export function Packs() {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [status, setStatus] = useState<StatusLineProps>();
  const [issues, setIssues] = useState<Issue[]>([]);

  const refresh = () =>
    void askBackground('listPacks', {}).then((r) =>
      r.ok ? setPacks(r.value) : setStatus({ tone: 'bad', text: r.error.message }),
    );
  useEffect(refresh, []);

  const importFile = async (file: File) => {
    setIssues([]);
    setStatus({ tone: 'pending', text: `Checking ${file.name}…` });
    const result = await sendFile<PackInstalled>(
      PACK_PORT,
      file,
      { mode: 'apply', includeSettings: false },
      MAX_PACK_BYTES,
    );
    if (result.ok) {
      const { pack, replaced, warnings } = result.value;
      setStatus({
        tone: warnings.length > 0 ? 'bad' : 'ok',
        text: `${replaced ? 'Updated' : 'Imported'} “${pack.title}”: ${plural(pack.counts.entities, 'entity', 'entities')}, ${plural(pack.counts.claims, 'claim')}.${warnings.length > 0 ? ' Warning: the pack may underline ordinary words; remove it if it does.' : ''}`,
      });
      setIssues(warnings);
      refresh();
    } else {
      setStatus({
        tone: 'bad',
        text: namedRefusal(file.name, result.error.message),
      });
      setIssues(result.error.issues ?? []);
    }
  };

  const remove = async (pack: StoredPack) => {
    const result = await askBackground('removePack', { id: pack.id });
    setStatus(
      result.ok
        ? { tone: 'ok', text: `Removed “${pack.title}”.` }
        : { tone: 'bad', text: result.error.message },
    );
    refresh();
  };

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Knowledge packs</h2>
      <p class="muted">
        A knowledge pack adds sources, actors, events and quoted claims to Backstory. Packs use the same
        format as the bundled seed knowledge base and are checked before anything is installed.
      </p>
      <PackList packs={packs} onRemove={(pack) => void remove(pack)} />
      <label>
        Import a pack (JSON){' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {status && <StatusLine {...status} />}
      {issues.length > 0 && <IssueList issues={issues} />}
    </section>
  );
}
