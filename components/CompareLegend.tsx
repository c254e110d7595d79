import { relationKinds } from '@/lib/claims/constants';
import { relationMeaning, similarityMeaning } from './compare-words';

/** The id the pair buttons' group points at (`aria-describedby`), so each is explained where it is. */
export const RELATION_LEGEND_ID = 'compare-relation-legend';

/**
 * A short, always visible legend above the table: what "very close", "close" and "related" say
 * about a pair's wording, and what recording Agree, Conflict or Unrelated means.
 */
export function CompareLegend() {
  return (
    <div class="compare-legend">
      <p>
        <strong>Wording</strong> under each pair:{' '}
        {similarityMeaning.map(([word, meaning], i) => (
          <span key={word}>
            {i > 0 && '; '}
            <em>{word}</em>, {meaning}
          </span>
        ))}
        .
      </p>
      <p id={RELATION_LEGEND_ID}>
        <strong>Your judgement</strong> of a pair (press again to clear):{' '}
        {relationKinds.map((kind, i) => (
          <span key={kind}>
            {i > 0 && '; '}
            <em>{relationMeaning[kind][0]}</em>, {relationMeaning[kind][1]}
          </span>
        ))}
        .
      </p>
    </div>
  );
}
