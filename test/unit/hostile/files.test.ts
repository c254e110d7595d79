/**
 * The one file reader, in both places it runs: the CLI's (`npm run convert`, the same decoder
 * and reader in-process) and the extension's (decoded as the options page does, sent over the
 * import port to the background). Every hostile file gets the same single sentence from both,
 * never a stack trace, request name or schema dump, and the database is left exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createKbService } from '@/lib/background/kb/service';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { saveClaim, snapshot } from '@/lib/background/claims/store';
import { FileDecoder } from '@/lib/import/decode';
import { ImportError, ImportReader } from '@/lib/import/read';
import { IMPORT_PORT } from '@/lib/messaging/ports';
import type { ImportPreview } from '@/lib/import/plan';
import { acceptedFiles, hostileClaim, refusedFiles } from '../../fixtures/hostile/files';
import { miniPack } from '../kb/mini-pack';
import { savedClaim } from '../claims/claim-fixture';
import { importThroughPort } from '../transfer/port-client';
import { freshDb } from '../fresh-db';

const name = 'hostile-files';
const { getDb } = freshDb(name, { after: 'all' });
const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
const claims = createClaimsService({ getDb, kb });
const deps = {
  exports: createExportService({ getDb, claims, kb }),
  kb,
  claimsChanged: () => undefined,
  packsChanged: () => undefined,
  drafts: { save: async () => undefined, keepNote: async () => undefined, mayWrite: async () => false },
};

/** The CLI's reading: bytes in 64 KB pieces through the shared decoder and reader. */
function cliRead(bytes: Uint8Array) {
  const decoder = new FileDecoder(512_000_000);
  const reader = new ImportReader();
  for (let at = 0; at < bytes.length; at += 65_536)
    reader.push(decoder.write(bytes.subarray(at, at + 65_536)));
  reader.push(decoder.end());
  return reader.finish();
}

const cliMessage = (bytes: Uint8Array): string => {
  try {
    cliRead(bytes);
    return '(read)';
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    return `(threw ${String(error)})`;
  }
};

/** Claims, relations, settings and anything an import left staged: all an import could change. */
async function everything() {
  const db = await getDb();
  return { ...(await snapshot(db)), meta: await db.getAll('meta'), staged: await db.count('importStaging') };
}

beforeAll(async () => {
  await saveClaim(await getDb(), savedClaim({ id: '9b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b09' }));
});

describe('hostile files', () => {
  it.each(refusedFiles)('$name: one plain sentence, the same in the CLI and the extension', async (file) => {
    const before = await everything();
    const cli = cliMessage(file.bytes);
    const expected = typeof file.message === 'string' ? cli === file.message : file.message.test(cli);
    expect({ cli, expected }).toEqual({ cli, expected: true });
    // One sentence: no stack, no request name, no schema dump, no line breaks.
    expect(cli).not.toMatch(/\n|\bat \w+ \(|Malformed|previewImport|Too big|TypeError|RangeError|"code"/);
    expect(cli).toMatch(/[.!]$/);

    for (const mode of ['preview', 'apply'] as const) {
      const result = await importThroughPort<ImportPreview>(deps, IMPORT_PORT, file.bytes, {
        mode,
        includeSettings: false,
      });
      expect('error' in result ? result.error.message : '(imported)').toBe(cli);
    }
    expect(await everything()).toEqual(before);
  });

  it.each(acceptedFiles)('$name: read, one claim, id in lower case', (file) => {
    const read = cliRead(file.bytes);
    expect(read.invalid).toEqual([]);
    expect(read.claims).toEqual([hostileClaim]);
  });

  it('counts a claim whose id differs only in case as the same claim', () => {
    const upper = acceptedFiles.find((f) => f.name === 'export with the id in capitals')!;
    const text = new TextDecoder().decode(upper.bytes);
    const bundle = JSON.parse(text) as { claims: unknown[] };
    bundle.claims.push({ ...(bundle.claims[0] as object), id: hostileClaim.id });
    const read = cliRead(new TextEncoder().encode(JSON.stringify(bundle)));
    expect(read.claims.map((c) => c.id)).toEqual([hostileClaim.id, hostileClaim.id]);
  });
});
