/**
 * How the seed knowledge base is laid out in `seeds/`, and how its files become one knowledge
 * pack. Used by the extension (files bundled by Vite) and by Node tooling (files read from disk).
 */
export interface SeedFiles {
  /** Contents of `seeds/kb/pack.json`. */
  pack: unknown;
  /** Contents of `seeds/sources/sources.json`. */
  sources: unknown;
  /** Source texts by file name (`000_caa46a23ca560ad9.txt`). */
  texts: Record<string, string>;
  /** Parsed `seeds/kb/entities/*.json`, by file name; each an array of entities. */
  entityFiles: Record<string, unknown>;
  /** Parsed `seeds/kb/claims/*.json`, by file name; each an array of claims. */
  claimFiles: Record<string, unknown>;
}

/** Where each assembled entity or claim came from, to turn pack paths back into file paths. */
export interface SeedOrigins {
  entities: { file: string; index: number }[];
  claims: { file: string; index: number }[];
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const sorted = (files: Record<string, unknown>) => Object.keys(files).toSorted();

/** Joins the seed files into the knowledge-pack shape (unvalidated) and records origins. */
export function assembleSeedPack(files: SeedFiles): { pack: unknown; origins: SeedOrigins } {
  const origins: SeedOrigins = { entities: [], claims: [] };
  const collect = (group: Record<string, unknown>, into: SeedOrigins['entities'], dir: string) =>
    sorted(group).flatMap((file) =>
      asArray(group[file]).map((item, index) => {
        into.push({ file: `${dir}/${file}`, index });
        return item;
      }),
    );
  const sources = asArray(files.sources).map((meta) => {
    const file = (meta as { file?: unknown })?.file;
    return { ...(meta as object), text: typeof file === 'string' ? files.texts[file] : undefined };
  });
  return {
    pack: {
      format: 'backstory-knowledge-pack',
      formatVersion: 1,
      pack: files.pack,
      sources,
      entities: collect(files.entityFiles, origins.entities, 'seeds/kb/entities'),
      claims: collect(files.claimFiles, origins.claims, 'seeds/kb/claims'),
    },
    origins,
  };
}

/** Rewrites `entities[12].label` as `seeds/kb/entities/people.json[3].label`. */
export function locateInSeedFiles(path: string, origins: SeedOrigins): string {
  return path.replace(/^(entities|claims)\[(\d+)\]/, (whole, group: 'entities' | 'claims', index: string) => {
    const origin = origins[group][Number(index)];
    return origin ? `${origin.file}[${origin.index}]` : whole;
  });
}
