/**
 * A knowledge pack larger than the 64 MiB a runtime message may carry (the size that failed
 * before packs moved to the pack port) installs through the port the options page uses, in
 * pieces of at most a megabyte, and is then found like any other pack.
 */
import { describe, expect, it } from 'vitest';
import { createKbService } from '@/lib/background/kb/service';
import type { PackInstalled } from '@/lib/kb/schema';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { PACK_PORT } from '@/lib/messaging/ports';
import { miniPack } from '../kb/mini-pack';
import { importThroughPort } from './port-client';
import { freshDb } from '../fresh-db';

const MESSAGE_LIMIT = 64 * 2 ** 20;
const name = 'big-pack';
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

/** A valid pack of one entity and one claim, with long source texts beside its own. */
function bigPack() {
  const pack = miniPack('big');
  const [source] = pack.sources;
  pack.sources[0]!.id = 'big-src';
  pack.entities = [{ ...pack.entities[1]!, id: 'big-state', label: 'Big State', summaryClaims: ['big-c'] }];
  pack.claims = [{ ...pack.claims[1]!, id: 'big-c', source: 'big-src', about: ['big-state'] }];
  // A source's text may be up to 5 MB; fifteen of them take the file past the message limit.
  const chapter = 'A long chapter of a book about the talks, kept as the pack’s source. '.repeat(70_000);
  for (let i = 0; i < 15; i++)
    pack.sources.push({
      ...source!,
      id: `big-chapter-${i}`,
      file: `chapter-${i}.txt`,
      published: { value: null, evidence: 'not stated' },
      text: chapter,
    });
  return pack;
}

describe('a knowledge pack over 64 MiB', () => {
  it('installs through the pack port and is listed', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(bigPack()));
    expect(bytes.length).toBeGreaterThan(MESSAGE_LIMIT);
    const result = await importThroughPort<PackInstalled>(deps, PACK_PORT, bytes, {
      mode: 'apply',
      includeSettings: false,
    });
    expect('error' in result ? result.error.message : '(installed)').toBe('(installed)');
    expect((await kb.packs()).map((p) => p.id)).toContain('big');
    expect((await kb.card('big-state')).entity.label).toBe('Big State');
  }, 600_000);
});
