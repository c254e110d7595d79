import type { EchoOrigin, PageEcho } from '@/lib/echo/types';
import { whereSaid } from '@/lib/echo/describe';
import { similarityWords } from '@/lib/echo/similarity';
import { wordDiff } from '@/lib/claims/word-diff';
import { DiffText } from './DiffText';

export interface SeenElsewhereProps {
  echoes: PageEcho[];
  onShow: (echo: PageEcho) => void;
  onCompare: (echo: PageEcho, origin: EchoOrigin) => void;
  onOpenSource: (origin: Extract<EchoOrigin, { kind: 'kb' }>) => void;
  /** Opens the page a claim was saved on, scrolled to it (a button: the UI renders no `<a href>`). */
  onOpenSaved: (origin: Extract<EchoOrigin, { kind: 'saved' }>) => void;
}

/**
 * Passages of this page that repeat a claim the reader saved elsewhere or a knowledge-base
 * quote: the passage, where and when it was said before, what changed word by word, and
 * buttons to show it on the page and to compare.
 */
export function SeenElsewhere({ echoes, onShow, onCompare, onOpenSource, onOpenSaved }: SeenElsewhereProps) {
  return (
    <section class="seen-elsewhere" aria-labelledby="seen-elsewhere-heading">
      <h2 id="seen-elsewhere-heading">Seen elsewhere ({echoes.length})</h2>
      {echoes.length === 0 ? (
        <p class="muted">Nothing on this page repeats a claim you saved or a source’s quote.</p>
      ) : (
        <ol class="echo-list">
          {echoes.map((echo) => {
            const best = echo.origins[0]!;
            const diff = wordDiff(best.quote, echo.passage.quote.exact);
            return (
              <li key={echo.id} data-echo={echo.id}>
                <p class="echo-where">
                  <strong>{whereSaid(best)}</strong>{' '}
                  <span class="similarity" title={`similarity ${best.similarity.toFixed(2)}`}>
                    ({similarityWords(best.similarity)})
                    <span class="sr-only"> similarity {best.similarity.toFixed(2)}</span>
                  </span>
                </p>
                <blockquote class="echo-passage">
                  <DiffText parts={diff.after} side="after" />
                </blockquote>
                {diff.changed && (
                  <p class="echo-before muted">
                    Before: “<DiffText parts={diff.before} side="before" />”
                  </p>
                )}
                {echo.origins.length > 1 && (
                  <ul class="echo-more muted">
                    {echo.origins.slice(1).map((o) => (
                      <li key={`${o.kind}:${o.id}`}>
                        {whereSaid(o)} ({similarityWords(o.similarity)})
                      </li>
                    ))}
                  </ul>
                )}
                <div class="echo-actions">
                  <button type="button" onClick={() => onShow(echo)}>
                    Show on the page
                  </button>
                  <button type="button" onClick={() => onCompare(echo, best)}>
                    Compare
                  </button>
                  {best.kind === 'saved' ? (
                    <button type="button" class="link" onClick={() => onOpenSaved(best)}>
                      Where you saved it
                    </button>
                  ) : (
                    <button type="button" class="link" onClick={() => onOpenSource(best)}>
                      Read the source
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
