/** Reads the seed knowledge base from `seeds/` on disk (Node tooling and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assembleSeedPack, type SeedFiles } from '../../lib/kb/seed-files';
import { projectRoot } from './build';

export const seedsDir = resolve(projectRoot, 'seeds');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function readJsonDir(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
    files[name] = readJson(join(dir, name));
  return files;
}

export function readSeedFiles(root = seedsDir): SeedFiles {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(root, 'sources')).filter((n) => n.endsWith('.txt'))) {
    texts[name] = readFileSync(join(root, 'sources', name), 'utf8');
  }
  return {
    pack: readJson(join(root, 'kb/pack.json')),
    sources: readJson(join(root, 'sources/sources.json')),
    texts,
    entityFiles: readJsonDir(join(root, 'kb/entities')),
    claimFiles: readJsonDir(join(root, 'kb/claims')),
  };
}

export function readSeedPack(root = seedsDir) {
  return assembleSeedPack(readSeedFiles(root));
}
