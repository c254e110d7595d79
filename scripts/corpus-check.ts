/**
 * `npm run corpus:check [DIR [PAGES_DIR]]`: checks the blind-labelled corpus without running the matcher —
 * every label's entity exists in the knowledge base and every label is found in its page's
 * visible text in list order — and prints how many labels there are of each kind.
 */
import { resolve } from 'node:path';
import { readCorpus, corpusDir } from './lib/corpus';
import { validatePack } from '../lib/kb/validate-pack';
import { readSeedPack } from './lib/seed-pack';

const dir = process.argv[2] ? resolve(process.argv[2]) : corpusDir;
const seed = validatePack(readSeedPack().pack);
if (!seed.ok) {
  console.error('corpus:check: the seed knowledge base is invalid; run npm run kb:check');
  process.exit(1);
}
const kinds = new Map<string, string>(seed.pack.entities.map((e) => [e.id, e.kind]));
const pages = readCorpus(dir, process.argv[3] ? resolve(process.argv[3]) : undefined);
const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
let problems = 0;

for (const page of pages) {
  const issues = [...page.unresolved];
  page.labels.forEach((label, i) => {
    if (label.entity !== null && !kinds.has(label.entity))
      issues.push(`#${i} "${label.text}": no entity "${label.entity}"`);
    if (label.entity === null && !label.namesake)
      issues.push(`#${i} "${label.text}": entity null needs a namesake class`);
    if (label.not !== undefined && !kinds.has(label.not))
      issues.push(`#${i} "${label.text}": no entity "${label.not}" (not)`);
    if (label.entity === null) bump(`namesake`);
    else {
      bump('mentions');
      bump(`kind ${kinds.get(label.entity) ?? '?'}`);
      if (label.paraphrase) bump('event paraphrases');
      if (label.parent !== undefined) bump('nested');
      if (label.epithet) bump('epithets');
    }
  });
  if (issues.length) {
    problems += issues.length;
    console.log(`${page.page}:\n  ${issues.join('\n  ')}`);
  }
}
console.log(`${pages.length} pages`);
for (const [key, n] of [...counts].toSorted()) console.log(`${key.padEnd(20)} ${n}`);
if (problems) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
