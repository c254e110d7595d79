/**
 * The meta-test that keeps the seed knowledge base honest: it parses, every quote is verbatim in
 * its source at its offsets, every reference resolves, every inventory label and alias exists,
 * and the sources are the seed documents, byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldAlias } from '@/lib/kb/alias-key';
import { locateInSeedFiles } from '@/lib/kb/seed-files';
import { validatePack } from '@/lib/kb/validate-pack';
import { projectRoot } from '../../../scripts/lib/build';
import { parseInventory } from '../../../scripts/lib/inventory';
import { readSeedPack, seedsDir } from '../../../scripts/lib/seed-pack';

const { pack: raw, origins } = readSeedPack();
const result = validatePack(raw);
const pack = result.ok ? result.pack : undefined;

describe('the seed knowledge base', () => {
  it('passes its schema and every integrity rule', () => {
    const problems = result.ok
      ? []
      : result.issues.map((i) => `${locateInSeedFiles(i.path, origins)}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  it('quotes its sources verbatim, and well over a hundred times', () => {
    expect(pack!.claims.length).toBeGreaterThan(150);
    const texts = new Map(pack!.sources.map((s) => [s.id, s.text]));
    for (const claim of pack!.claims)
      expect(texts.get(claim.source)!.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it('holds every actor and event of the inventory under its canonical label, with its aliases', () => {
    const inventory = parseInventory(readFileSync(join(seedsDir, 'KB-INVENTORY.md'), 'utf8'));
    expect(inventory.length).toBeGreaterThan(100);
    const byLabel = new Map(pack!.entities.map((e) => [e.label, e]));
    const missing = inventory.filter((item) => !byLabel.has(item.label)).map((item) => item.label);
    expect(missing).toEqual([]);
    const missingAliases = inventory.flatMap((item) => {
      const have = new Set(byLabel.get(item.label)!.aliases.map((a) => foldAlias(a.text)));
      return item.aliases.filter((a) => !have.has(foldAlias(a))).map((a) => `${item.label}: ${a}`);
    });
    expect(missingAliases).toEqual([]);
  });

  it('keeps the source documents identical to the shared seeds', () => {
    const shared = resolve(projectRoot, '../shared/seeds');
    const ours = readdirSync(join(seedsDir, 'sources'))
      .filter((n) => n.endsWith('.txt'))
      .toSorted();
    expect(ours).toHaveLength(5);
    expect(pack!.sources.map((s) => s.file).toSorted()).toEqual(ours);
    // Outside the workspace there is nothing to compare with: the copies are all there is.
    const sharedNames = existsSync(shared) ? readdirSync(shared).toSorted() : ours;
    expect(sharedNames).toEqual(ours);
    for (const name of existsSync(shared) ? ours : [])
      expect(readFileSync(join(seedsDir, 'sources', name))).toEqual(readFileSync(join(shared, name)));
  });

  it('keeps its copy of the inventory identical to the shared one', () => {
    const shared = resolve(projectRoot, '../shared/KB-INVENTORY.md');
    const ours = readFileSync(join(seedsDir, 'KB-INVENTORY.md'), 'utf8');
    expect(ours).toMatch(/^# Knowledge-base inventory/);
    // Outside the workspace there is nothing to compare with: the copy is all there is.
    expect(existsSync(shared) ? readFileSync(shared, 'utf8') : ours).toBe(ours);
  });
});
