/**
 * `npx tsx scripts/offthread-equivalence.ts DIR`: issue #19's off-thread experiment, checked on a
 * folder of saved pages (DIR/pages, e.g. the development corpus): every block's matches from the
 * background's block matcher, through the wire format and JSON, against the page's own matching.
 * Prints how many blocks and matches were compared and exits non-zero on any difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createBlockMatcher } from '../lib/background/match/block-matcher';
import { readBlocks } from '../lib/dom/blocks';
import { createClassifier, styleAttributeDisplay } from '../lib/dom/classify';
import { validatePack } from '../lib/kb/validate-pack';
import { compileDictionary } from '../lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '../lib/match/from-kb';
import { matchShortText } from '../lib/match/match-text';
import { decodeBlockMatches } from '../lib/match/match-wire';
import { createRecogniser } from '../lib/match/phrases';
import { deserializeDictionary, serializeDictionary } from '../lib/match/serialize';
import { readSeedPack } from './lib/seed-pack';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx scripts/offthread-equivalence.ts DIR');
const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('the seed knowledge base is invalid');
const { entities, aliases } = aliasSpecsFromEntities(seed.pack.entities);
const payload = { version: 'seed', entities, dictionary: serializeDictionary(compileDictionary(aliases)) };
const dict = deserializeDictionary(payload.dictionary);
const recogniser = createRecogniser(dict, entities);
const match = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
// Warmed as the worker warms its own: a cold one declines, and the page would match itself.
await match.warm();
let blocks = 0;
let matches = 0;
let differences = 0;
for (const name of readdirSync(join(dir, 'pages')).filter((n) => n.endsWith('.html'))) {
  const { document } = parseHTML(readFileSync(join(dir, 'pages', name), 'utf8'));
  const texts = [
    ...readBlocks(
      document,
      createClassifier(() => false, styleAttributeDisplay),
    ),
  ]
    .map((b) => b.text)
    .filter((t) => t.trim() !== '');
  const wire = JSON.parse(JSON.stringify(await match('seed', texts))) as (number | null)[];
  const remote = decodeBlockMatches(wire, texts.length);
  texts.forEach((text, i) => {
    const local = matchShortText(dict, text, recogniser);
    matches += local.length;
    if (!isDeepStrictEqual(local, remote[i])) {
      differences++;
      console.log(`${name}: block ${i} differs`);
    }
  });
  blocks += texts.length;
}
console.log(`${blocks} blocks, ${matches} matches compared; ${differences} blocks differ`);
process.exitCode = differences > 0 ? 1 : 0;
