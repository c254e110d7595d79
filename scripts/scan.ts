/**
 * `npm run scan -- [--format jsonl|csv] FILE...`: finds the actors and events of the knowledge
 * base in saved HTML or text files with the extension's own matcher, and prints one mention per
 * line: {"file","start","end","text","entity","label","kind","via"}, and for a mention inside
 * another ("US" in "US strikes on Iranian nuclear facilities") "parent": the index, among the
 * file's lines, of the one it is in. `via` says how it was found: `alias`, `cue` (an event in the
 * page's own words) or `epithet` (a role phrase such as "the premier"). Offsets are into the page's
 * visible text (for HTML: the text of its blocks, separated by blank lines; for text files: the
 * file itself). A file that is missing, binary or unreadable is reported and skipped; the exit
 * code is then 1, after the other files have been scanned.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { scanPlainText, scanStatic, type StaticScan } from '../lib/dom/static-scan';
import { compileDictionary } from '../lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '../lib/match/from-kb';
import { validatePack } from '../lib/kb/validate-pack';
import { describeIssues } from '../lib/zod-issues';
import { readSeedPack } from './lib/seed-pack';

const usage = 'usage: npm run scan -- [--format jsonl|csv] FILE...';
const args = process.argv.slice(2);
let format: 'jsonl' | 'csv' = 'jsonl';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--format' || arg.startsWith('--format=')) {
    const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
    if (value !== 'jsonl' && value !== 'csv') {
      console.error(`scan: unknown format "${value ?? ''}" (use jsonl or csv)\n${usage}`);
      process.exit(2);
    }
    format = value;
  } else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else files.push(arg);
}
if (files.length === 0) {
  console.error(usage);
  process.exit(2);
}

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) {
  console.error(`scan: the seed knowledge base is invalid: ${describeIssues(seed.issues)}`);
  process.exit(1);
}
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);

/** The file's text, or a sentence saying why it cannot be scanned. */
async function readText(file: string): Promise<string | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    return { problem: `cannot read ${file}: ${why}` };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: `${file} looks binary (it contains NUL bytes); give an HTML or text file` };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${file} is not UTF-8 text; give an HTML or text file` };
  }
}

function scan(file: string, text: string): StaticScan {
  const html =
    ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase()) ||
    /^\s*<(?:!doctype|html|head|body|div|p)\b/i.test(text);
  return html ? scanStatic(parseHTML(text).document, dict, entities) : scanPlainText(text, dict, entities);
}

const rows: Record<string, string | number>[] = [];
let failed = false;
for (const file of files) {
  const text = await readText(file);
  if (typeof text !== 'string') {
    console.error(`scan: ${text.problem}`);
    failed = true;
    continue;
  }
  for (const m of scan(file, text).mentions) {
    const row: Record<string, string | number> = {
      file,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: m.entity.id,
      label: m.entity.label,
      kind: m.entity.kind,
      via: m.via,
    };
    if (m.parent !== undefined) row['parent'] = m.parent;
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify(row)}\n`);
    else rows.push(row);
  }
}
if (format === 'csv') {
  process.stdout.write(
    `${Papa.unparse(rows, { columns: ['file', 'start', 'end', 'text', 'entity', 'label', 'kind', 'via', 'parent'], newline: '\r\n' })}\r\n`,
  );
}
process.exit(failed ? 1 : 0);
