import { relationKinds } from '@/lib/claims/constants';
import { relationMeaning, similarityMeaning } from './compare-words';

/** The id the pair buttons' group points at (`aria-describedby`), so each is explained where it is. */
export const RELATION_LEGEND_ID = 'compare-relation-legend';

/**
 * A short, always visible legend above the table: what the struck-through and underlined words
 * are, what "very close", "close" and "related" say about a pair's wording, and what recording
 * Agree, Conflict or Unrelated means. The samples are the table's own `<del>`/`<ins>`, drawn and
 * announced as the words in the table are (DiffText), so the legend shows what it explains.
 */
export function CompareLegend() {
  return (
    <div class="compare-legend">
      <p>
        <strong>Words that differ</strong>:{' '}
        <del class="diff-only">
          <span class="sr-only">[not in the other: </span>struck through<span class="sr-only">]</span>
        </del>{' '}
        in your claim, words the other side does not have;{' '}
        <ins class="diff-only">
          <span class="sr-only">[only here: </span>underlined<span class="sr-only">]</span>
        </ins>{' '}
        on the other side, words your claim does not have. Screen readers say “not in the other” and “only
        here” before them.
      </p>
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
