/**
 * The compare view's data: what the knowledge base's sources say about an entity beside what
 * the reader saved from other sites, in date order, with suggested pairs of similar claims
 * (lexical similarity: MiniSearch's BM25 score of each saved quote against the KB claims).
 */
import MiniSearch from 'minisearch';
import type { CardClaim, EntityCard } from '../kb/card';
import type { ClaimRelation, SavedClaim } from './schema';

export interface Suggestion {
  saved: string;
  kb: string;
  /** BM25 score, shown to the reader as is; higher is more similar. */
  score: number;
}

export interface CompareData {
  entity: { id: string; label: string; kind: string; summary: string };
  kb: CardClaim[];
  saved: SavedClaim[];
  suggestions: Suggestion[];
  relations: ClaimRelation[];
}

/** Only pairs at least this similar are suggested. */
export const SUGGEST_AT = 3;

const when = (claim: SavedClaim) => claim.page.published ?? claim.created;

export function buildCompare(
  card: EntityCard,
  saved: readonly SavedClaim[],
  relations: readonly ClaimRelation[],
): CompareData {
  const kb = card.claims.toSorted(
    (a, b) =>
      (a.sourceRef.published ?? '9999').localeCompare(b.sourceRef.published ?? '9999') ||
      a.id.localeCompare(b.id),
  );
  const index = new MiniSearch<{ id: string; text: string; quote: string }>({
    fields: ['text', 'quote'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  index.addAll(kb.map((c) => ({ id: c.id, text: c.text, quote: c.quote })));
  const suggestions = saved.flatMap((claim) =>
    index
      .search(`${claim.selectors.quote.exact} ${claim.note}`)
      .filter((hit) => hit.score >= SUGGEST_AT)
      .slice(0, 2)
      .map((hit) => ({ saved: claim.id, kb: String(hit.id), score: Math.round(hit.score * 10) / 10 })),
  );
  const ids = new Set([...kb.map((c) => `kb:${c.id}`), ...saved.map((c) => `saved:${c.id}`)]);
  return {
    entity: {
      id: card.entity.id,
      label: card.entity.label,
      kind: card.entity.kind,
      summary: card.entity.summary,
    },
    kb,
    saved: saved.toSorted((a, b) => when(a).localeCompare(when(b))),
    suggestions,
    relations: relations.filter(
      (r) => ids.has(`${r.from.kind}:${r.from.id}`) || ids.has(`${r.to.kind}:${r.to.id}`),
    ),
  };
}
