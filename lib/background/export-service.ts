/**
 * Exports and imports in the background, in pieces: an export reads the claims from IndexedDB
 * in batches and hands out the file's text a megabyte at a time; an import, which the claims
 * service runs (`claims/import-sessions.ts`), takes the file's text a piece at a time and
 * stages what it will write, then writes it in one transaction.
 */
import type { BackstoryDb } from './db/object-stores';
import type { ClaimsService } from './claims/service';
import { listRelations } from './claims/store';
import type { KbService } from './kb/service';
import { loadSettings } from './settings-store';
import { savedClaimSchema, type ClaimQuery, type SavedClaim } from '../claims/schema';
import type { EntityKind } from '../kb/schema';
import {
  isZipped,
  relationsAmong,
  renderStream,
  type ExportFormat,
  type ExportOptions,
} from '../export/render';

/** What an export is called and how many claims it holds, sent before its text. */
export interface ExportHead {
  filename: string;
  mime: string;
  /** `base64` when the text is a binary file (a zip of notes). */
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

export const BATCH = 500;

/** Claims by id, a batch at a time, each batch in its own short read transaction. */
async function* claimBatches(
  db: BackstoryDb,
  ids: readonly string[] | undefined,
): AsyncGenerator<SavedClaim[]> {
  const valid = (records: unknown[]) =>
    records.flatMap((r) => {
      const parsed = savedClaimSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  if (!ids) {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const records = await db.getAll('savedClaims', range, BATCH);
      if (records.length === 0) return;
      after = records.at(-1)!.id;
      yield valid(records);
    }
  }
  for (let at = 0; at < ids.length; at += BATCH) {
    const tx = db.transaction('savedClaims', 'readonly');
    const records = await Promise.all(ids.slice(at, at + BATCH).map((id) => tx.store.get(id)));
    yield valid(records.filter((r) => r !== undefined));
  }
}

export function createExportService(deps: {
  getDb: () => Promise<BackstoryDb>;
  claims: ClaimsService;
  kb: KbService;
}) {
  /** The ids to export in key order, or undefined for every claim. */
  const chosenIds = async (selection: { query?: ClaimQuery; ids?: string[] }) => {
    if (selection.ids) return [...new Set(selection.ids.map((id) => id.toLowerCase()))].toSorted();
    const query = selection.query ?? {};
    if (Object.values(query).every((v) => v === undefined || v === '')) return undefined;
    return (await deps.claims.list(query)).claims.map((c) => c.id).toSorted();
  };

  return {
    /** The export's name and size, and its text as a stream of pieces. */
    async openExport(
      format: ExportFormat,
      selection: { query?: ClaimQuery; ids?: string[] },
      options: ExportOptions = {},
      now = new Date(),
    ): Promise<{ head: ExportHead; text: AsyncGenerator<string> }> {
      const db = await deps.getDb();
      const ids = await chosenIds(selection);
      const keys = ids ?? (await db.getAllKeys('savedClaims'));
      const [relations, packs, settings] = await Promise.all([
        listRelations(db),
        deps.kb.packs(),
        options.includeSettings ? loadSettings(db) : Promise.resolve(undefined),
      ]);
      const entities = new Map<string, { label: string; kind: EntityKind }>();
      const batches = async function* () {
        for await (const batch of claimBatches(db, ids)) {
          const unknown = [...new Set(batch.flatMap((c) => c.entities))].filter((id) => !entities.has(id));
          if (unknown.length > 0)
            for (const [id, entity] of Object.entries(await deps.kb.describe(unknown)))
              entities.set(id, entity);
          yield batch;
        }
      };
      const zipped = isZipped(format, options);
      const head: ExportHead = zipped
        ? {
            filename: exportFilename(format, now).replace(/\.md$/, '.zip'),
            mime: 'application/zip',
            encoding: 'base64',
            count: keys.length,
          }
        : { filename: exportFilename(format, now), mime: extensions[format][1], count: keys.length };
      const text = renderStream(format, {
        count: keys.length,
        batches,
        relations: relationsAmong(relations, new Set(keys)),
        info: (id) => entities.get(id),
        kbVersion: packs.map((p) => `${p.id}@${p.version}`).join(','),
        settings,
        options,
        now,
        collectionId: `urn:uuid:${crypto.randomUUID()}`,
      });
      return { head, text };
    },

    /** An import in progress, run by the claims service (`claims/import-sessions.ts`). */
    startImport: deps.claims.startImport,
  };
}

export type ExportService = ReturnType<typeof createExportService>;
