import { plural } from '@/lib/plural';
import { useRef, useState } from 'preact/hooks';
import { ExportControls } from '@/components/ExportControls';
import { ImportPreviewBox } from '@/components/ImportPreviewBox';
import { IssueList } from '@/components/IssueList';
import { LiveStatusLine, type StatusLineProps } from '@/components/StatusLine';
import type { ImportPreview } from '@/lib/import/plan';
import { importedSentence } from '@/lib/import/preview-words';
import { MAX_IMPORT_BYTES } from '@/lib/import/read';
import type { SamePassageChoice } from '@/lib/import/same-passage';
import { namedRefusal } from '@/lib/import/recognise';
import { askBackground } from '@/lib/messaging/client';
import { IMPORT_PORT } from '@/lib/messaging/ports';
import { importSharingSentence } from '@/lib/sync/import-sharing';
import { exportAndDownload } from '@/lib/extension-pages/export';
import { sendFile } from '@/lib/extension-pages/transfer';
import type { Issue } from '@/lib/result';

/** Empties the file control: the preview it named is gone, and it says "No file chosen" again. */
function forgetChosenFile(input: HTMLInputElement | null) {
  if (input) input.value = '';
}

/** Exporting every claim, and importing claims from a Backstory or W3C Web Annotation file. */
export function Data() {
  // What the import did (or why not), under the Import box.
  const [status, setStatus] = useState<StatusLineProps>();
  // What the export did, by the Export controls: said where the reader pressed Export.
  const [exportStatus, setExportStatus] = useState<StatusLineProps>();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [includeSettings, setIncludeSettings] = useState(false);
  const [sharing, setSharing] = useState<string>();
  // Skipping is the default: the reader's claim stays as it is, and the preview says what skipping leaves out.
  const [samePassage, setSamePassage] = useState<SamePassageChoice>('skip');
  // Import and Cancel go with the preview they sit in: focus goes back to the file control.
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (chosen: File) => {
    setPreview(undefined);
    setIssues([]);
    setFile(chosen);
    setSamePassage('skip');
    setStatus({ tone: 'pending', text: `Reading ${chosen.name}…` });
    const result = await sendFile<ImportPreview>(
      IMPORT_PORT,
      chosen,
      { mode: 'preview', includeSettings: false },
      MAX_IMPORT_BYTES,
    );
    if (result.ok) {
      const sync = await askBackground('getSyncStatus', {});
      setSharing(importSharingSentence(sync.ok ? sync.value : undefined));
      setPreview(result.value);
      setIssues(result.value.problems);
      setStatus(undefined);
    } else {
      // A problem with the whole file ("$: not JSON") is what the sentence already says in words.
      setIssues((result.error.issues ?? []).filter((issue) => issue.path !== '$'));
      setStatus({ tone: 'bad', text: namedRefusal(chosen.name, result.error.message) });
    }
  };

  const apply = async () => {
    if (!file) return;
    setStatus({ tone: 'pending', text: `Importing ${file.name}…` });
    const result = await sendFile<ImportPreview>(
      IMPORT_PORT,
      file,
      { mode: 'apply', includeSettings, samePassage },
      MAX_IMPORT_BYTES,
    );
    if (result.ok) {
      setStatus({ tone: 'ok', text: importedSentence(result.value.counts, samePassage) });
      // What the import did otherwise than asked (a passage imported as its own claim, a relation
      // of yours kept, an older version skipped), in place of the preview's list.
      setIssues(result.value.problems);
      setPreview(undefined);
      setFile(undefined);
      forgetChosenFile(fileInput.current);
      // Unless the reader went elsewhere while it was importing.
      if (document.activeElement?.closest('.import-preview')) fileInput.current?.focus();
    } else {
      // One sentence, as for a file refused on reading: "<file> was not imported: …".
      setStatus({ tone: 'bad', text: namedRefusal(file.name, result.error.message) });
      setIssues(result.error.issues ?? []);
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your claims</h2>
      <ExportControls
        scope="all claims"
        onExport={(choice) =>
          void exportAndDownload(choice, {}).then((r) =>
            setExportStatus(
              r.ok
                ? { tone: 'ok', text: `Exported ${plural(r.value.count, 'claim')} to ${r.value.filename}.` }
                : { tone: 'bad', text: `Export failed: ${r.error.message}` },
            ),
          )
        }
      />
      <LiveStatusLine status={exportStatus} label="Export" />
      <fieldset>
        <legend>Import</legend>
        <label>
          Import claims (Backstory JSON or W3C Web Annotation){' '}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,application/ld+json,.json,.jsonld"
            // The control keeps the chosen file's name while its preview (or refusal) is shown;
            // it is emptied as the chooser opens, so choosing the same file again still reads it.
            onClick={(event) => (event.currentTarget.value = '')}
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              if (chosen) void choose(chosen);
            }}
          />
        </label>
        {preview && file && (
          <ImportPreviewBox
            name={file.name}
            preview={preview}
            sharing={sharing}
            includeSettings={includeSettings}
            onIncludeSettings={setIncludeSettings}
            choice={samePassage}
            onChoice={setSamePassage}
            onImport={() => void apply()}
            onCancel={() => {
              setPreview(undefined);
              forgetChosenFile(fileInput.current);
              fileInput.current?.focus();
            }}
          />
        )}
      </fieldset>
      <LiveStatusLine status={status} label="Import" />
      {issues.length > 0 && <IssueList issues={issues} />}
    </section>
  );
}
