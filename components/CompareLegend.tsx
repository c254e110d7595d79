import { relationKinds } from '@/lib/claims/constants';
import { relationMeaning, similarityMeaning } from './compare-words';

/** The id the pair buttons' group points at (`aria-describedby`), so each is explained where it is. */
export const RELATION_LEGEND_ID = 'compare-relation-legend';

/** From this width the legend starts open: below it, its three paragraphs filled a 400 px panel's first screen. */
const OPEN_FROM = '(min-width: 48rem)';

/**
 * A short legend above the table: what the struck-through and underlined words are, what "very
 * close", "close" and "related" say about a pair's wording, and what recording Agree, Conflict or
 * Unrelated means. The samples are the table's own `<del>`/`<ins>`, drawn and announced as the
 * words in the table are (DiffText), so the legend shows what it explains. A disclosure, as
 * GitHub's diff settings and Hypothesis's help are: open in a wide panel, one line ("How to read
 * this comparison") in a narrow one, where the first pair then starts on the first screen. The
 * pair buttons' description points inside it, which a screen reader reads open or closed.
 */
export function CompareLegend() {
  return (
    <details class="compare-legend" open={matchMedia(OPEN_FROM).matches}>
      <summary>How to read this comparison</summary>
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
    </details>
  );
}
