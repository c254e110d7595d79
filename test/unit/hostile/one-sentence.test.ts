/**
 * Every refusal the importers give is one plain sentence, as the options page says it with the
 * file's name: what the file is, which file, and what to do. Each hostile file goes in through
 * both boxes, "Your claims" (the import port) and "Knowledge packs" (the pack port).
 */
/* oxlint-disable unicorn/require-post-message-target-origin -- runtime ports take no origin */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createKbService } from '@/lib/background/kb/service';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { servePort, toFailure, type PortLike } from '@/lib/background/streams';
import { fetchExport, sendFile } from '@/lib/extension-pages/transfer';
import { namedRefusal } from '@/lib/import/recognise';
import { EXPORT_PORT, IMPORT_PORT, PACK_PORT } from '@/lib/messaging/ports';
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

/** A page's port whose background stops (the port disconnects) as soon as the page speaks. */
function stoppingBackground(): PortLike {
  const closers: (() => void)[] = [];
  return {
    name: IMPORT_PORT,
    postMessage: () => queueMicrotask(() => closers.forEach((close) => close())),
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: (close) => void closers.push(close) },
    disconnect: () => undefined,
  };
}

/** What the background answers a page that opens `name` and sends `first`. */
function answerTo(name: string, first: unknown): Promise<{ error: { message: string } }> {
  const listeners: ((message: unknown) => void)[] = [];
  return new Promise((resolve) => {
    servePort(
      {
        name,
        postMessage: (reply) => resolve(reply as { error: { message: string } }),
        onMessage: { addListener: (listener) => void listeners.push(listener) },
        onDisconnect: { addListener: () => undefined },
        disconnect: () => undefined,
      },
      'extension',
      deps,
    );
    listeners.forEach((listener) => listener(first));
  });
}

describe('every transfer fault is one sentence that says what to do', () => {
  afterEach(() => vi.restoreAllMocks());
  /** A message's sentence count and whether it ends by saying what to do. */
  const shape = (said: string) => ({
    said,
    sentences: sentenceEnds(said),
    advice: said.endsWith('try again.'),
  });
  const oneSentence = (said: string) => ({ said, sentences: 1, advice: true });

  it('when the background stops during an import, as the options page names the file', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => stoppingBackground() as never);
    const result = await sendFile(
      IMPORT_PORT,
      new Blob(['{}']),
      { mode: 'apply', includeSettings: false },
      1e6,
    );
    const said = result.ok ? '(imported)' : namedRefusal(NAME, result.error.message);
    expect(shape(said)).toEqual(oneSentence(said));
  });

  it('when the background stops during an export, as "Export failed: …"', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => stoppingBackground() as never);
    const result = await fetchExport({ format: 'json', options: {} } as never);
    const said = result.ok ? '(exported)' : `Export failed: ${result.error.message}`;
    expect(shape(said)).toEqual(oneSentence(said));
  });

  it('when the page breaks off a transfer, or something inside Backstory fails', async () => {
    for (const port of [IMPORT_PORT, EXPORT_PORT]) {
      const reply = await answerTo(port, { type: 'chunk', text: 'before any start' });
      const said = namedRefusal(NAME, reply.error.message);
      expect(shape(said)).toEqual(oneSentence(said));
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const said = namedRefusal(NAME, toFailure(new Error('a bug')).message);
    expect(shape(said)).toEqual(oneSentence(said));
  });
});
