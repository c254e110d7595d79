/**
 * What the Node pipeline (the CLI's and the precision test's) finds in a fixture's static HTML,
 * per entity: the baseline the content script must match in a real browser, Chromium
 * (`fixtures.e2e.ts`) and Firefox (`test/e2e-firefox/`) alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { scanStatic } from '../../lib/dom/static-scan';
import { validatePack } from '../../lib/kb/validate-pack';
import { compileDictionary } from '../../lib/match/compile-dictionary';
import { aliasSpecsFromEntities } from '../../lib/match/from-kb';
import { fixturesDir } from '../../scripts/lib/fixtures';
import { readSeedPack } from '../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('The seed knowledge base is invalid');
const matcher = aliasSpecsFromEntities(seed.pack.entities);
const dict = compileDictionary(matcher.aliases);

/** How many mentions each entity id has in a list of them. */
export function countsOf(list: readonly { entity: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of list) counts[l.entity] = (counts[l.entity] ?? 0) + 1;
  return counts;
}

/** Mentions per entity id that the static scan finds in a document. */
export function countsIn(document: Document): Record<string, number> {
  return countsOf(
    scanStatic(document, dict, matcher.entities).mentions.map((m) => ({ entity: m.entity.id })),
  );
}

/**
 * Text a fixture's own style sheet hides: a browser does not read it (SECURITY.md, hidden text),
 * and the static scan, which has no style sheets, cannot tell. Kept in step with the fixtures.
 */
const HIDDEN_BY_STYLE: Record<string, string> = { 'layout-wire.html': '.offscreen-note' };

/** Mentions per entity id that the static scan finds in `test/fixtures/<file>`, as a browser shows it. */
export function staticCounts(file: string): Record<string, number> {
  const { document } = parseHTML(readFileSync(join(fixturesDir, file), 'utf8'));
  const hidden = HIDDEN_BY_STYLE[file];
  if (hidden) for (const el of document.querySelectorAll(hidden)) el.remove();
  return countsIn(document);
}
