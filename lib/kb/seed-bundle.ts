/**
 * The seed knowledge base as bundled into the extension: the files under `seeds/`, gathered at
 * build time by Vite and validated when the background first needs them.
 */
import { RequestError } from '../result';
import { describeIssues } from '../zod-issues';
import { assembleSeedPack } from './seed-files';
import type { KnowledgePack } from './schema';
import { validatePack } from './validate-pack';

const json = (files: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(files).map(([path, value]) => [path.split('/').pop()!, value]));

/** Loads and validates the bundled seed pack; a broken bundle is a build error, reported loudly. */
export function loadSeedPack(): KnowledgePack {
  const texts = import.meta.glob<string>('/seeds/sources/*.txt', {
    eager: true,
    query: '?raw',
    import: 'default',
  });
  const { pack } = assembleSeedPack({
    pack: import.meta.glob('/seeds/kb/pack.json', { eager: true, import: 'default' })['/seeds/kb/pack.json'],
    sources: import.meta.glob('/seeds/sources/sources.json', { eager: true, import: 'default' })[
      '/seeds/sources/sources.json'
    ],
    texts: json(texts) as Record<string, string>,
    entityFiles: json(import.meta.glob('/seeds/kb/entities/*.json', { eager: true, import: 'default' })),
    claimFiles: json(import.meta.glob('/seeds/kb/claims/*.json', { eager: true, import: 'default' })),
  });
  const result = validatePack(pack);
  if (!result.ok)
    throw new RequestError(
      'internal',
      `The bundled knowledge base is invalid: ${describeIssues(result.issues)}`,
    );
  return result.pack;
}
