/**
 * `npm run check:house-plan`: the rules ARCHITECTURE.md states, checked over lib/, entrypoints/ and
 * components/ — no import circle, no module over 300 lines, IndexedDB only in the background wing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { housePlanBreaches, relativePath, type SourceFile } from './lib/house-plan';

const root = join(import.meta.dirname, '..');
const FOLDERS = ['lib', 'entrypoints', 'components'];

function sourceFiles(folder: string): SourceFile[] {
  const entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relativePath(root, path), text: readFileSync(path, 'utf8') };
    });
}

const files = FOLDERS.flatMap(sourceFiles);
const breaches = housePlanBreaches(files);
for (const breach of breaches) console.error(breach);
if (breaches.length > 0) {
  console.error(
    `\n${breaches.length} breach(es) of the house plan in ${files.length} modules (see ARCHITECTURE.md).`,
  );
  process.exit(1);
}
console.log(
  `House plan kept: ${files.length} modules, no import circle, none over 300 lines, IndexedDB only in the background wing.`,
);
