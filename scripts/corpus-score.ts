/**
 * `npm run corpus:score [DIR] [-- --errors]`: scans every page of a blind-labelled corpus folder
 * (DIR/pages + DIR/labels, default test/corpus) with the pipeline `npm run scan` uses and prints
 * precision and recall per kind, for the whole folder, and, with `--errors`, every miss and wrong
 * link. The same scorer as the corpus accuracy test, so a new held-out folder is scored exactly
 * like the frozen sets.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { scanStatic } from '../lib/dom/static-scan';
import { compileDictionary } from '../lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '../lib/match/from-kb';
import { validatePack } from '../lib/kb/validate-pack';
import { corpusDir, readCorpus } from './lib/corpus';
import { readSeedPack } from './lib/seed-pack';
import { addScore, emptyTotals, formatTable, scorePage, type Totals } from '../test/unit/match/corpus-score';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const dirArg = args.find((a) => !a.startsWith('--'));
const dir = dirArg ? resolve(dirArg) : corpusDir;

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) {
  console.error('corpus:score: the seed knowledge base is invalid; run npm run kb:check');
  process.exit(1);
}
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(aliases);
const kinds = new Map(seed.pack.entities.map((e) => [e.id, e.kind as string]));
const kindNames = [...new Set(seed.pack.entities.map((e) => e.kind as string))];

const pages = readCorpus(dir);
const unresolved = pages.flatMap((p) => p.unresolved.map((u) => `${p.page}: ${u}`));
if (unresolved.length) {
  console.error(
    `corpus:score: ${unresolved.length} labels were not found in their pages (run npm run corpus:check ${dirArg ?? ''}):`,
  );
  console.error(unresolved.join('\n'));
}
const total: Totals = emptyTotals();
const errors: string[] = [];
for (const page of pages) {
  const html = readFileSync(join(dir, 'pages', page.page), 'utf8');
  const { mentions } = scanStatic(parseHTML(html).document, dict, entities);
  const predictions = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.entity.id,
    kind: m.entity.kind,
    nested: m.parent !== undefined,
    via: m.via ?? 'alias',
  }));
  const score = scorePage(page, predictions, (id) => kinds.get(id) ?? '?');
  addScore(total, score);
  if (score.errors.length) errors.push(`${page.page}:\n  ${score.errors.join('\n  ')}`);
}
if (showErrors) console.log(errors.join('\n'));
console.log(`${pages.length} pages in ${dir}`);
console.log(formatTable([[`folder`, total]], kindNames));
const s = total.summary();
console.log(
  `precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}, event recall ${s.eventRecall.toFixed(4)}, namesakes unlinked ${s.namesakePrecision.toFixed(4)}`,
);
