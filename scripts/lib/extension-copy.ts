/**
 * A copy of the Chrome build whose manifest already holds access to 127.0.0.1, for tests and
 * benchmarks that sync with a local server. Chromium's permission prompt is browser UI that
 * automation cannot answer; with the access already held, `permissions.request` for the server's
 * origin resolves at once, as it would after the reader clicked "Allow".
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from './build';

export async function extensionWithLoopbackAccess(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-sync-extension-'));
  await cp(extensionDir('chrome'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
