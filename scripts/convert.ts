/**
 * `npm run convert -- INPUT --to json|w3c|csv|md|csl [-o FILE] [--group page|entity] [--bom]`:
 * converts a Backstory export or a W3C Web Annotation file to another format, with the same
 * code the extension uses to export and import. A malformed input gets a short message naming
 * the problem and its JSON path, and exit code 1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ImportError, readImport } from '../lib/import/read';
import { exportFormats, renderExport, type ExportFormat } from '../lib/export/service';
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

let text: string;
try {
  text = await readFile(input, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    `cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error)}`,
  );
}

let read;
try {
  read = readImport(text);
} catch (error) {
  if (error instanceof ImportError)
    fail(`${input}: ${error.message} (at ${error.issues.map((i) => i.path).join(', ')})`);
  throw error;
}
for (const item of read.invalid)
  console.error(`convert: skipped ${item.path}: ${describeIssues(item.issues, 3)}`);

const seed = validatePack(readSeedPack().pack);
const entities = new Map(
  seed.ok ? seed.pack.entities.map((e) => [e.id, { label: e.label, kind: e.kind }]) : [],
);
const content = renderExport(to, read.claims, {
  info: (id) => entities.get(id),
  relations: read.relations,
  settings: read.settings,
  options: { bom, grouping },
});
if (output) await writeFile(output, content);
else process.stdout.write(content);
if (read.invalid.length > 0) process.exit(1);
