/**
 * `npm run kb:check`: validates the seed knowledge base and prints a summary — entities by kind,
 * claims by source and status, inventory coverage, alias conflicts. Exits non-zero on any
 * integrity failure, naming each problem by file and JSON path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldAlias } from '../lib/kb/alias-key';
import { internalSourceNames } from '../lib/kb/reader-text';
import { locateInSeedFiles } from '../lib/kb/seed-files';
import { validatePack } from '../lib/kb/validate-pack';
import { projectRoot } from './lib/build';
import { parseInventory } from './lib/inventory';
import { readSeedPack, seedsDir } from './lib/seed-pack';

const { pack: raw, origins } = readSeedPack();
const result = validatePack(raw);
const problems: string[] = [];

if (!result.ok) {
  for (const issue of result.issues)
    problems.push(`${locateInSeedFiles(issue.path, origins)}: ${issue.message}`);
} else {
  const { pack } = result;
  const count = <T>(items: T[], key: (item: T) => string) =>
    items.reduce((m, item) => m.set(key(item), (m.get(key(item)) ?? 0) + 1), new Map<string, number>());
  const show = (title: string, counts: Map<string, number>) =>
    console.log(`${title}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  console.log(`Knowledge pack "${pack.pack.id}" ${pack.pack.version}`);
  console.log(
    `${pack.sources.length} sources, ${pack.entities.length} entities, ${pack.claims.length} claims`,
  );
  show(
    'Entities by kind',
    count(pack.entities, (e) => e.kind),
  );
  show(
    'Claims by source',
    count(pack.claims, (c) => c.source),
  );
  show(
    'Claims by status',
    count(pack.claims, (c) => c.status),
  );

  // Inventory coverage: every canonical label, and every alias the inventory lists for it.
  const inventoryPath = existsSync(resolve(projectRoot, '../shared/KB-INVENTORY.md'))
    ? resolve(projectRoot, '../shared/KB-INVENTORY.md')
    : resolve(seedsDir, 'KB-INVENTORY.md');
  const inventory = parseInventory(readFileSync(inventoryPath, 'utf8'));
  const byLabel = new Map(pack.entities.map((e) => [e.label, e]));
  let covered = 0;
  for (const item of inventory) {
    const entity = byLabel.get(item.label);
    if (!entity) {
      problems.push(`inventory: no entity has the canonical label "${item.label}"`);
      continue;
    }
    covered++;
    const aliases = new Set(entity.aliases.map((a) => foldAlias(a.text)));
    for (const alias of item.aliases) {
      if (!aliases.has(foldAlias(alias)))
        problems.push(`inventory: "${item.label}" lacks the alias "${alias}"`);
    }
  }
  console.log(`Inventory coverage: ${covered}/${inventory.length} labels (${inventoryPath})`);

  // Sources are named as readers know them, never "seed 001" or a file name.
  for (const issue of internalSourceNames(pack))
    problems.push(`${locateInSeedFiles(issue.path, origins)}: ${issue.message}`);

  const shared = new Map<string, string[]>();
  for (const e of pack.entities)
    for (const a of e.aliases)
      shared.set(foldAlias(a.text), [...(shared.get(foldAlias(a.text)) ?? []), e.id]);
  const conflicts = [...shared].filter(([, ids]) => new Set(ids).size > 1);
  console.log(
    `Alias conflicts: ${conflicts.length === 0 ? 'none' : conflicts.map(([a, ids]) => `"${a}" (${ids.join(', ')}; ruled)`).join('; ')}`,
  );
}

if (problems.length > 0) {
  console.error(`\n${problems.length} integrity problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('Knowledge base OK');
