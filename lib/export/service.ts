/**
 * Exports and imports in the background: the claims (all, a filter, or a selection) in the
 * chosen format as a file's contents, and imports checked in full before one transaction
 * writes them.
 */
import type { BackstoryDb } from '../db/open';
import type { ClaimsService } from '../claims/service';
import type { KbService } from '../kb/service';
import type { ClaimQuery, SavedClaim } from '../claims/schema';
import { importRecords, listRelations, snapshot } from '../claims/store';
import { loadSettings } from '../settings/store';
import { RequestError } from '../result';
import { bundleJson } from './bundle';
import { toCsv } from './csv';
import { toCsl } from './csl';
import type { EntityInfo } from './entities';
import { toMarkdown, toMarkdownFiles, type MarkdownGrouping } from './markdown';
import { zipFiles } from './zip';
import { toAnnotationCollection } from './web-annotation';
import { ImportError, readImport } from '../import/read';
import { planImport, type ImportPreview } from '../import/plan';

export const exportFormats = ['json', 'w3c', 'csv', 'md', 'csl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  /** CSV: begin with a byte order mark, for Excel. */
  bom?: boolean;
  /** Markdown: group claims by page or by actor/event. */
  grouping?: MarkdownGrouping;
  /** Markdown: one file for everything, or one note per page (a zip of them). */
  files?: 'one' | 'page';
  /** Backstory JSON: include the settings. */
  includeSettings?: boolean;
}

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
  /** `base64` when `content` holds binary data (a zip of notes). */
  encoding?: 'base64';
  count: number;
}

const extensions: Record<ExportFormat, [string, string]> = {
  json: ['json', 'application/json'],
  w3c: ['jsonld', 'application/ld+json'],
  csv: ['csv', 'text/csv'],
  md: ['md', 'text/markdown'],
  csl: ['csl.json', 'application/vnd.citationstyles.csl+json'],
};

/** `backstory-claims-2025-11-21.csv` */
export function exportFilename(format: ExportFormat, now = new Date()): string {
  return `backstory-claims${format === 'w3c' ? '-annotations' : ''}-${now.toISOString().slice(0, 10)}.${extensions[format][0]}`;
}

/** Renders claims in a format; shared by the extension and the `npm run convert` CLI. */
export function renderExport(
  format: ExportFormat,
  claims: readonly SavedClaim[],
  extra: {
    info: EntityInfo;
    relations?: Parameters<typeof bundleJson>[0]['relations'];
    kbVersion?: string;
    settings?: Parameters<typeof bundleJson>[0]['settings'];
    options?: ExportOptions;
    now?: Date;
  },
): string {
  const now = extra.now ?? new Date();
  switch (format) {
    case 'json':
      return bundleJson({
        claims,
        relations: extra.relations ?? [],
        kbVersion: extra.kbVersion ?? '',
        settings: extra.settings,
        now,
      });
    case 'w3c':
      return `${JSON.stringify(toAnnotationCollection(claims, `urn:uuid:${crypto.randomUUID()}`, now), null, 2)}\n`;
    case 'csv':
      return toCsv(claims, extra.info, { bom: extra.options?.bom });
    case 'md':
      return toMarkdown(claims, extra.info, { grouping: extra.options?.grouping ?? 'page', now });
    case 'csl':
      return `${JSON.stringify(toCsl(claims), null, 2)}\n`;
  }
}

export function createExportService(deps: {
  getDb: () => Promise<BackstoryDb>;
  claims: ClaimsService;
  kb: KbService;
}) {
  const toRequestError = (error: unknown): never => {
    if (error instanceof ImportError) throw new RequestError('invalid-data', error.message, error.issues);
    throw error;
  };

  const plan = async (text: string) => {
    const read = (() => {
      try {
        return readImport(text);
      } catch (error) {
        return toRequestError(error);
      }
    })();
    const { claims, relations } = await snapshot(await deps.getDb());
    return { read, plan: planImport(read, claims, relations) };
  };

  return {
    async exportClaims(
      format: ExportFormat,
      selection: { query?: ClaimQuery; ids?: string[] },
      options: ExportOptions = {},
    ): Promise<ExportFile> {
      const db = await deps.getDb();
      const listed = await deps.claims.list(selection.query ?? {});
      const wanted = selection.ids ? new Set(selection.ids) : undefined;
      const claims = wanted ? listed.claims.filter((c) => wanted.has(c.id)) : listed.claims;
      const ids = [...new Set(claims.flatMap((c) => c.entities))];
      const described = await deps.kb.describe(ids);
      const [relations, packs, settings] = await Promise.all([
        listRelations(db),
        deps.kb.packs(),
        options.includeSettings ? loadSettings(db) : Promise.resolve(undefined),
      ]);
      const content = renderExport(format, claims, {
        info: (id) => described[id],
        relations,
        kbVersion: packs.map((p) => `${p.id}@${p.version}`).join(','),
        settings,
        options,
      });
      if (format === 'md' && options.files === 'page') {
        const notes = toMarkdownFiles(claims, (id) => described[id]);
        return {
          filename: exportFilename(format).replace(/\.md$/, '.zip'),
          mime: 'application/zip',
          content: zipFiles(notes),
          encoding: 'base64',
          count: claims.length,
        };
      }
      return { filename: exportFilename(format), mime: extensions[format][1], content, count: claims.length };
    },

    async previewImport(text: string): Promise<ImportPreview> {
      return (await plan(text)).plan.preview;
    },

    /** Writes the valid part of an import in one transaction; returns what was written. */
    async applyImport(text: string, includeSettings: boolean): Promise<ImportPreview> {
      const { read, plan: p } = await plan(text);
      await importRecords(
        await deps.getDb(),
        p.write,
        p.relations,
        includeSettings ? read.settings : undefined,
      );
      deps.claims.invalidate();
      return p.preview;
    },
  };
}
