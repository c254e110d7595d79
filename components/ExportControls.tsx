import { useState } from 'preact/hooks';

import type { ExportFormat } from '@/lib/export/render';
import type { ExportChoice } from '@/lib/extension-pages/export';

const formatNames: Record<ExportFormat, string> = {
  json: 'Backstory JSON (complete, re-importable)',
  w3c: 'W3C Web Annotation (JSON-LD)',
  csv: 'CSV (spreadsheets)',
  md: 'Markdown (notes)',
  csl: 'CSL-JSON (Zotero, reference managers)',
};

export interface ExportControlsProps {
  /** What will be exported, e.g. "12 claims (current filter)". */
  scope: string;
  disabled?: boolean;
  onExport: (choice: ExportChoice) => void;
}

/** Choose a format (and its options) and export. */
export function ExportControls({ scope, disabled, onExport }: ExportControlsProps) {
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'json',
    bom: false,
    grouping: 'page',
    files: 'one',
    includeSettings: false,
  });
  const set = (patch: Partial<ExportChoice>) => setChoice({ ...choice, ...patch });
  return (
    <fieldset class="export">
      <legend>Export {scope}</legend>
      <label>
        Format{' '}
        <select
          aria-label="Export format"
          value={choice.format}
          onChange={(e) => set({ format: e.currentTarget.value as ExportFormat })}
        >
          {(Object.keys(formatNames) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {formatNames[f]}
            </option>
          ))}
        </select>
      </label>
      {choice.format === 'csv' && (
        <label class="inline">
          <input
            type="checkbox"
            checked={choice.bom}
            onChange={(e) => set({ bom: e.currentTarget.checked })}
          />{' '}
          Byte order mark for Excel
        </label>
      )}
      {choice.format === 'md' && (
        <label>
          Group by{' '}
          <select
            aria-label="Group by"
            value={choice.grouping}
            onChange={(e) => set({ grouping: e.currentTarget.value as 'page' | 'entity' })}
          >
            <option value="page">page</option>
            <option value="entity">actor or event</option>
          </select>
        </label>
      )}
      {choice.format === 'md' && (
        <label class="inline">
          <input
            type="checkbox"
            checked={choice.files === 'page'}
            onChange={(e) => set({ files: e.currentTarget.checked ? 'page' : 'one' })}
          />{' '}
          One note per page (a zip)
        </label>
      )}
      {choice.format === 'json' && (
        <label class="inline">
          <input
            type="checkbox"
            checked={choice.includeSettings}
            onChange={(e) => set({ includeSettings: e.currentTarget.checked })}
          />{' '}
          Include settings
        </label>
      )}
      <button type="button" class="primary" disabled={disabled} onClick={() => onExport(choice)}>
        Export
      </button>
    </fieldset>
  );
}
