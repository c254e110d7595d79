import type { SearchHit } from '@/lib/kb/search';

export interface SearchResultsProps {
  query: string;
  hits: SearchHit[];
  onOpen: (entityId: string) => void;
}

/** Knowledge-base search results: entities first, then claims that mention the words. */
export function SearchResults({ query, hits, onOpen }: SearchResultsProps) {
  if (hits.length === 0) return <p class="muted">Nothing in the knowledge base matches “{query}”.</p>;
  return (
    <ul class="results" aria-label={`Results for ${query}`}>
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.id}`}>
          <button type="button" class="result" onClick={() => onOpen(hit.entities[0]!)}>
            <span class="result-title">{hit.title}</span>
            <span class="result-kind">{hit.type === 'entity' ? hit.kind : 'claim'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
