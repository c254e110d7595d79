/**
 * `npm run convert -- INPUT --to json|w3c|csv|md|csl [-o FILE] [--group page|entity] [--bom]`:
 * converts a Backstory export or a W3C Web Annotation file to another format, with the same
 * code the extension uses to export and import (the same decoding, limits and messages). A
 * file that cannot be read gets one sentence saying why, and exit code 1.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { FileDecoder } from '../lib/import/decode';
import { ImportError, ImportReader, MAX_IMPORT_BYTES } from '../lib/import/read';
import { exportFormats, renderStream, sourceFromArray, type ExportFormat } from '../lib/export/render';
import { validatePack } from '../lib/kb/validate-pack';
import { describeIssues } from '../lib/zod-issues';
import { readSeedPack } from './lib/seed-pack';

const usage =
  'usage: npm run convert -- INPUT --to json|w3c|csv|md|csl [-o FILE] [--group page|entity] [--bom]';

function fail(message: string, code = 1): never {
  console.error(`convert: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
let input: string | undefined;
let to: ExportFormat | undefined;
let output: string | undefined;
let grouping: 'page' | 'entity' = 'page';
let bom = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = () => args[++i] ?? fail(`${arg} needs a value\n${usage}`, 2);
  if (arg === '--to') {
    const format = value();
    if (!(exportFormats as readonly string[]).includes(format))
      fail(`unknown format "${format}"\n${usage}`, 2);
    to = format as ExportFormat;
  } else if (arg === '-o' || arg === '--output') output = value();
  else if (arg === '--group') {
    const g = value();
    if (g !== 'page' && g !== 'entity') fail(`--group takes page or entity\n${usage}`, 2);
    grouping = g;
  } else if (arg === '--bom') bom = true;
  else if (arg === '-h' || arg === '--help') {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${usage}`, 2);
  else if (!input) input = arg;
  else fail(`one input file at a time\n${usage}`, 2);
}
if (!input || !to) fail(usage, 2);

// The same reader as the extension: decoded a piece at a time, each claim checked as it completes.
let read;
try {
  const decoder = new FileDecoder(MAX_IMPORT_BYTES);
  const reader = new ImportReader();
  for await (const bytes of createReadStream(input, { highWaterMark: 1 << 20 }))
    reader.push(decoder.write(bytes as Buffer));
  reader.push(decoder.end());
  read = reader.finish();
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') fail(`cannot read ${input}: no such file`);
  if (code === 'EISDIR') fail(`cannot read ${input}: it is a directory`);
  if (code === 'EACCES') fail(`cannot read ${input}: permission denied`);
  if (error instanceof ImportError) {
    const located = error.issues.map((i) => i.path).filter((path) => path !== '$');
    fail(`${input}${located.length > 0 ? ` (at ${located.slice(0, 3).join(', ')})` : ''}: ${error.message}`);
  }
  fail(`${input}: ${error instanceof Error ? error.message : String(error)}`);
}
for (const note of read.notes) console.error(`convert: note: ${note.path}: ${note.message}`);
for (const item of read.invalid)
  console.error(`convert: skipped ${item.path}: ${describeIssues(item.issues, 3)}`);
if (read.claims.length === 0 && read.invalid.length === 0) console.error(`convert: ${input} holds no claims`);

const seed = validatePack(readSeedPack().pack);
const entities = new Map(
  seed.ok ? seed.pack.entities.map((e) => [e.id, { label: e.label, kind: e.kind }]) : [],
);
const now = new Date();
const text = renderStream(
  to,
  sourceFromArray(read.claims, {
    info: (id) => entities.get(id),
    relations: read.relations,
    kbVersion: '',
    settings: read.settings,
    options: { bom, grouping },
    now,
    collectionId: `urn:uuid:${crypto.randomUUID()}`,
  }),
);
const sink = output ? createWriteStream(output) : process.stdout;
for await (const piece of text) if (!sink.write(piece)) await once(sink, 'drain');
if (output)
  await new Promise<void>((resolve, reject) =>
    (sink as WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
if (read.invalid.length > 0) process.exit(1);
