/**
 * Full-text search over the knowledge base with MiniSearch: labels, aliases and summaries of
 * entities, and the text and quotes of claims. The index lives in the background's memory and
 * is rebuilt from IndexedDB whenever a pack changes.
 */
import MiniSearch from 'minisearch';
import { foldAlias } from './alias-key';
import type { Claim, Entity, EntityKind } from './schema';

export interface SearchHit {
  type: 'entity' | 'claim';
  id: string;
  /** Entity label, or the claim's text. */
  title: string;
  /** Entity kind, or the kind of the claim's first entity. */
  kind: EntityKind;
  /** For claims: the entities it is about, so a hit can open a card. */
  entities: string[];
  score: number;
}

interface Doc {
  id: string;
  type: 'entity' | 'claim';
  /** Folded label and aliases, so an exact name can be put first. */
  names: string[];
  title: string;
  aliases: string;
  body: string;
  kind: EntityKind;
  entities: string[];
}

export type KbSearchIndex = MiniSearch<Doc>;

export function buildSearchIndex(entities: readonly Entity[], claims: readonly Claim[]): KbSearchIndex {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const index = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'body'],
    storeFields: ['type', 'title', 'kind', 'entities', 'names'],
    searchOptions: { boost: { title: 3, aliases: 2 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll([
    ...entities.map((e) => ({
      id: `entity:${e.id}`,
      type: 'entity' as const,
      title: e.label,
      aliases: e.aliases.map((a) => a.text).join(' · '),
      body: e.summary,
      kind: e.kind,
      entities: [e.id],
      names: [e.label, ...e.aliases.map((a) => a.text)].map(foldAlias),
    })),
    ...claims.map((c) => ({
      id: `claim:${c.id}`,
      type: 'claim' as const,
      title: c.text,
      aliases: '',
      body: c.quote,
      kind: kinds.get(c.about[0]!) ?? 'organisation',
      entities: c.about,
      names: [],
    })),
  ]);
  return index;
}

/**
 * Entities first (they open cards), then claims; each group by score, except that an entity
 * whose name is exactly the query ("Munir") comes before one that merely contains it.
 */
export function searchKb(index: KbSearchIndex, query: string, limit = 30): SearchHit[] {
  const folded = foldAlias(query);
  const results = index.search(query);
  const exact = new Set(results.filter((r) => (r['names'] as string[]).includes(folded)).map((r) => r.id));
  const ordered = [...results.filter((r) => exact.has(r.id)), ...results.filter((r) => !exact.has(r.id))];
  const hits = ordered.map((r) => ({
    type: r['type'] as Doc['type'],
    id: String(r.id).slice(String(r.id).indexOf(':') + 1),
    title: r['title'] as string,
    kind: r['kind'] as EntityKind,
    entities: r['entities'] as string[],
    score: r.score,
  }));
  const entities = hits.filter((h) => h.type === 'entity');
  const claims = hits.filter((h) => h.type === 'claim');
  return [...entities, ...claims].slice(0, limit);
}
