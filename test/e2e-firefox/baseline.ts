/**
 * What the Node pipeline finds in a fixture's static HTML, per entity: the baseline the content
 * script must match in a real browser (as `test/e2e/fixtures.e2e.ts` checks in Chromium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { scanStatic } from '../../lib/dom/static-scan';
import { validatePack } from '../../lib/kb/validate-pack';
import { compileDictionary } from '../../lib/match/dictionary';
import { aliasSpecsFromEntities } from '../../lib/match/from-kb';
import { fixturesDir } from '../../scripts/lib/fixtures';
import { readSeedPack } from '../../scripts/lib/seed-pack';

/** Mentions per entity id that the static scan finds in `test/fixtures/<file>`. */
export function staticCounts(file: string): Record<string, number> {
  const seed = validatePack(readSeedPack().pack);
  if (!seed.ok) throw new Error('The seed knowledge base is invalid');
  const matcher = aliasSpecsFromEntities(seed.pack.entities);
  const { document } = parseHTML(readFileSync(join(fixturesDir, file), 'utf8'));
  const counts: Record<string, number> = {};
  for (const m of scanStatic(document, compileDictionary(matcher.aliases), matcher.entities).mentions)
    counts[m.entity.id] = (counts[m.entity.id] ?? 0) + 1;
  return counts;
}
