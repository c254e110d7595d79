import { parseTags } from '@/lib/claims/draft';

/**
 * The tags a tag field will save, as chips under it while the reader types (GitHub's topic editor
 * shows them so): a leading # dropped, one tag for "Lunch" and "lunch", a trailing comma nothing.
 * The field points at it (`aria-describedby`), so a screen reader reads it with the field; and a
 * polite live region says the tags the reader has finished (a comma after them), once each, not
 * letter by letter. Focus never moves: nothing here is a control.
 */
export function TagPreview({ id, text, chipClass }: { id: string; text: string; chipClass: string }) {
  const tags = parseTags(text);
  const finished = parseTags(text.slice(0, text.lastIndexOf(',') + 1));
  return (
    <>
      {/* Empty (and so not shown, and an empty description) until there is a tag. */}
      <p id={id} class="tag-preview">
        {tags.length > 0 && (
          <>
            Will be saved as:{' '}
            {tags.map((tag) => (
              <span key={tag} class={chipClass}>
                #<bdi>{tag}</bdi>
              </span>
            ))}
          </>
        )}
      </p>
      <p class="sr-only" aria-live="polite">
        {finished.length > 0 && `Tags: ${finished.join(', ')}`}
      </p>
    </>
  );
}
