/**
 * `npm run kb:offsets [-- FILE...]`: an authoring aid. Fills in `start`/`end` for every seed claim from its
 * quote, and reports quotes that do not occur verbatim or occur more than once (for those, set
 * `start` near the intended occurrence and the nearest one is kept).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { seedsDir } from './lib/seed-pack';

const sources = JSON.parse(readFileSync(join(seedsDir, 'sources/sources.json'), 'utf8')) as {
  id: string;
  file: string;
}[];
const text = new Map(sources.map((s) => [s.id, readFileSync(join(seedsDir, 'sources', s.file), 'utf8')]));
let problems = 0;

const requested = process.argv.slice(2).map((arg) => basename(arg));
const names = readdirSync(join(seedsDir, 'kb/claims')).filter(
  (n) => n.endsWith('.json') && (requested.length === 0 || requested.includes(n)),
);
for (const name of names) {
  const path = join(seedsDir, 'kb/claims', name);
  const claims = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string;
    quote: string;
    source: string;
    start?: number;
    end?: number;
  }[];
  for (const claim of claims) {
    const body = text.get(claim.source);
    if (!body) {
      console.error(`${name} ${claim.id}: unknown source "${claim.source}"`);
      problems++;
      continue;
    }
    const hits: number[] = [];
    for (let at = body.indexOf(claim.quote); at !== -1; at = body.indexOf(claim.quote, at + 1)) hits.push(at);
    if (hits.length === 0) {
      console.error(
        `${name} ${claim.id}: quote not found verbatim in ${claim.source}: "${claim.quote.slice(0, 60)}…"`,
      );
      problems++;
      continue;
    }
    const hint = claim.start ?? 0;
    const start = hits.reduce((best, at) => (Math.abs(at - hint) < Math.abs(best - hint) ? at : best));
    if (hits.length > 1 && claim.start === undefined) {
      console.warn(
        `${name} ${claim.id}: quote occurs ${hits.length} times; using the first (set "start" to choose)`,
      );
    }
    claim.start = start;
    claim.end = start + claim.quote.length;
  }
  writeFileSync(path, `${JSON.stringify(claims, null, 2)}\n`);
}
if (problems > 0) process.exit(1);
