/**
 * Every refusal the importers give is one plain sentence, as the options page says it with the
 * file's name: what the file is, which file, and what to do. Each hostile file goes in through
 * both boxes, "Your claims" (the import port) and "Knowledge packs" (the pack port).
 */
import { describe, expect, it } from 'vitest';
import { createKbService } from '@/lib/background/kb/service';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { namedRefusal } from '@/lib/import/recognise';
import { IMPORT_PORT, PACK_PORT } from '@/lib/messaging/ports';
import { refusedFiles } from '../../fixtures/hostile/files';
import { miniPack } from '../kb/mini-pack';
import { importThroughPort } from '../transfer/port-client';
import { freshDb } from '../fresh-db';

const { getDb } = freshDb('one-sentence', { after: 'all' });
const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
const claims = createClaimsService({ getDb, kb });
const deps = {
  exports: createExportService({ getDb, claims, kb }),
  kb,
  claimsChanged: () => undefined,
  packsChanged: () => undefined,
  drafts: { save: async () => undefined, keepNote: async () => undefined, mayWrite: async () => false },
};

const NAME = 'reader-file.json';
/** Sentence ends: a full stop, "!" or "?" closing the text or followed by a space. */
const sentenceEnds = (text: string) => text.match(/[.!?](?=\s|$)/g)?.length ?? 0;

/** What the options page says of `bytes` offered in the box that reads through `port`. */
async function saidOf(port: string, bytes: Uint8Array): Promise<string> {
  const result = await importThroughPort(deps, port, bytes, { mode: 'apply', includeSettings: false });
  return 'error' in result ? namedRefusal(NAME, result.error.message) : '(imported)';
}

describe('every import refusal is one sentence, naming the file', () => {
  // A pack of the right format but wrong contents: refused by the pack checks, not the reader.
  const badPack = {
    name: 'a pack with problems',
    bytes: new TextEncoder().encode(
      JSON.stringify({ format: 'backstory-knowledge-pack', formatVersion: 1, pack: {}, sources: [] }),
    ),
  };
  it.each([...refusedFiles, badPack])('$name', async (file) => {
    for (const port of [IMPORT_PORT, PACK_PORT]) {
      const said = await saidOf(port, file.bytes);
      expect({ port, said, sentences: sentenceEnds(said) }).toEqual({ port, said, sentences: 1 });
      expect(said).toContain(NAME);
      expect(said).not.toMatch(/nothing was changed/);
    }
  });

  it('puts the name in place of “This file” or “the file”, else before the reason', () => {
    expect(namedRefusal('a.csv', 'This file is a CSV export; do this.')).toBe(
      'a.csv is a CSV export; do this.',
    );
    expect(namedRefusal('a.json', 'One record in the file is too big; split it.')).toBe(
      'One record in a.json is too big; split it.',
    );
    expect(namedRefusal('p.json', 'The pack id "seed" belongs to the bundled knowledge base')).toBe(
      'p.json was not imported: the pack id "seed" belongs to the bundled knowledge base.',
    );
  });
});
