/**
 * Exports and imports in the background, in pieces: an export reads the claims from IndexedDB
 * in batches and hands out the file's text a megabyte at a time; an import takes the file's
 * text a piece at a time, checks each claim as it completes, compares only the claims the file
 * names with what is stored, and writes them in one transaction.
 */
import type { BackstoryDb } from '../db/open';
import type { ClaimsService } from '../claims/service';
import type { KbService } from '../kb/service';
import { savedClaimSchema, type ClaimQuery, type ClaimRelation, type SavedClaim } from '../claims/schema';
import { importRecords, listRelations } from '../claims/store';
import { loadSettings } from '../settings/store';
import type { EntityKind } from '../kb/schema';
import { ImportReader, type ReadResult } from '../import/read';
import { planImport, type ImportPreview } from '../import/plan';
import { exportFormats, relationsAmong, renderStream, type ExportFormat, type ExportOptions } from './render';

export { exportFormats, type ExportFormat, type ExportOptions };

/** What an export is called and how many claims it holds, sent before its text. */
export interface ExportHead {
  filename: string;
  mime: string;
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
      const head = { filename: exportFilename(format, now), mime: extensions[format][1], count: keys.length };
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

    /** An import in progress: push the file's text, then preview or apply it. */
    startImport() {
      const reader = new ImportReader();
      const plan = async (read: ReadResult) => {
        const db = await deps.getDb();
        const wanted = new Set(read.claims.map((c) => c.id));
        for (const r of read.relations)
          for (const end of [r.from, r.to]) if (end.kind === 'saved') wanted.add(end.id);
        const tx = db.transaction(['savedClaims', 'claimRelations'], 'readonly');
        const found = await Promise.all([...wanted].map((id) => tx.objectStore('savedClaims').get(id)));
        const links = await Promise.all(
          read.relations.map((r) => tx.objectStore('claimRelations').get(r.id)),
        );
        const existing = new Map(found.filter((c) => c !== undefined).map((c) => [c.id, c]));
        const existingRelations = new Map<string, ClaimRelation>(
          links.filter((r) => r !== undefined).map(({ ends: _ends, ...r }) => [r.id, r]),
        );
        return planImport(read, existing, existingRelations);
      };
      return {
        push: (text: string) => reader.push(text),
        preview: async (): Promise<ImportPreview> => (await plan(reader.finish())).preview,
        /** Writes the valid part in one transaction; returns what was written. */
        apply: async (includeSettings: boolean): Promise<ImportPreview> => {
          const read = reader.finish();
          const p = await plan(read);
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
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
export type ImportSession = ReturnType<ExportService['startImport']>;
