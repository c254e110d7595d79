/** Exporting claims from an extension page: ask the background for the file, then save it. */
import type { ClaimQuery } from '../claims/schema';
import type { ExportFormat } from '../export/service';
import { askBackground } from '../messaging/client';
import type { Result } from '../result';
import { downloadFile } from './download';

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
  const result = await askBackground('exportClaims', {
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
  downloadFile(result.value.filename, result.value.mime, result.value.content, result.value.encoding);
  return { ok: true, value: { filename: result.value.filename, count: result.value.count } };
}
