/**
 * Ad hoc: `tsx bench/raw-profile.ts <extension dir> <out prefix> [loads]` saves raw CPU profiles
 * (and marks) of 50 KB and 1 MB page loads, for analysis by hand.
 */
import { writeFileSync } from 'node:fs';
import { findChrome } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { profiledLoad } from './lib/cpu-profile';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [dir, prefix, loadsArg] = process.argv.slice(2);
const loads = Number(loadsArg ?? 3);
const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath: findChrome()!, extensionDir: dir!, headless: true });
try {
  for (let i = -1; i < loads; i++)
    for (const path of Object.keys(pages)) {
      const loaded = await profiledLoad(ext.context, new URL(path, server.url).href);
      if (i >= 0) writeFileSync(`${prefix}${path.slice(1, -5)}-${i}.json`, JSON.stringify(loaded));
    }
} finally {
  await ext.close();
  await server.close();
}
