import type { DiffPart } from '@/lib/claims/word-diff';

/**
 * Text with the words only this side has marked (`<del>` for the older wording, `<ins>` for the
 * newer), each announced as such, since not every screen reader reads the elements out.
 */
/** Each part with where it starts in the whole text: a stable key. */
const withOffsets = (parts: DiffPart[]) => {
  let at = 0;
  return parts.map((part) => {
    const entry = { part, at };
    at += part.text.length;
    return entry;
  });
};

export function DiffText({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  return (
    <bdi class="diff-text">
      {withOffsets(parts).map(({ part, at }) =>
        part.kind === 'same' ? (
          part.text
        ) : side === 'before' ? (
          <del key={at} class="diff-only">
            <span class="sr-only">[not in the other: </span>
            {part.text}
            <span class="sr-only">]</span>
          </del>
        ) : (
          <ins key={at} class="diff-only">
            <span class="sr-only">[only here: </span>
            {part.text}
            <span class="sr-only">]</span>
          </ins>
        ),
      )}
    </bdi>
  );
}
