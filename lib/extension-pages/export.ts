/** Exporting claims from an extension page: fetch the file from the background, then save it. */
import type { ClaimQuery } from '../claims/schema';
import type { ExportFormat } from '../export/render';
import type { Result } from '../result';
import { downloadBlob } from './download';
import { fetchExport } from './transfer';

/** A reader's choice of export format and its options. */
export interface ExportChoice {
  format: ExportFormat;
  bom: boolean;
  grouping: 'page' | 'entity';
  /** Markdown: one note for everything, or one per page (downloaded as a zip). */
  files: 'one' | 'page';
  includeSettings: boolean;
}

export async function exportAndDownload(
  choice: ExportChoice,
  selection: { query?: ClaimQuery; ids?: string[] },
): Promise<Result<{ filename: string; count: number }>> {
  const result = await fetchExport({
    format: choice.format,
    ...selection,
    options: {
      bom: choice.bom,
      grouping: choice.grouping,
      files: choice.files,
      includeSettings: choice.includeSettings,
    },
  });
  if (!result.ok) return result;
  downloadBlob(result.value.filename, result.value.blob);
  return { ok: true, value: { filename: result.value.filename, count: result.value.count } };
}
