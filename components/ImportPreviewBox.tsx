import type { ImportPreview } from '@/lib/import/plan';
import {
  alreadyHereSentence,
  importAction,
  samePassageWords,
  samePassageSentence,
} from '@/lib/import/preview-words';
import type { SamePassageChoice } from '@/lib/import/same-passage';

export interface ImportPreviewBoxProps {
  /** The chosen file's name, as text (never markup). */
  name: string;
  preview: ImportPreview;
  /** Whether the file's claims will reach the team, when team sync is on. */
  sharing?: string;
  includeSettings: boolean;
  onIncludeSettings: (include: boolean) => void;
  choice: SamePassageChoice;
  onChoice: (choice: SamePassageChoice) => void;
  onImport: () => void;
  onCancel: () => void;
}

/**
 * What an import would do, before it writes anything: the counts, the file's claims on passages
 * the reader already has (skip, the default, or merge), and the one button that imports — or,
 * when importing would write nothing, a sentence saying so and no import button at all.
 */
export function ImportPreviewBox(props: ImportPreviewBoxProps) {
  const { preview, name, choice } = props;
  const counts = preview.counts;
  const action = importAction(counts, choice, props.includeSettings);
  const same = samePassageSentence(counts);
  return (
    <div class="import-preview" role="region" aria-label="Import preview">
      <p>
        <bdi>{name}</bdi>: <strong>{counts.new}</strong> new, <strong>{counts.updated}</strong> updated,{' '}
        <strong>{counts.unchanged}</strong> unchanged
        {counts.samePassage > 0 ? (
          <>
            , <strong>{counts.samePassage}</strong> {samePassageWords(counts.samePassage)}
          </>
        ) : null}
        , <strong>{counts.invalid}</strong> invalid
        {counts.kept > 0 ? `, ${counts.kept} older than your saved version (yours is kept)` : ''}
        {counts.relations > 0 ? `, ${counts.relations} relations` : ''}. Nothing has been written yet.
      </p>
      <AuthorsLine authors={preview.authors} more={preview.moreAuthors} />
      {/* A choice only where it changes something: copies that add nothing are simply skipped
          (and when nothing else is imported either, the "already here" sentence says so). */}
      {same && counts.samePassageAdding === 0 && action !== undefined && <p>{same}</p>}
      {same && counts.samePassageAdding > 0 && (
        <fieldset class="same-passage">
          <legend>Passages you already have</legend>
          <p id="same-passage-sentence">{same}</p>
          <label class="inline">
            <input
              type="radio"
              name="same-passage"
              checked={choice === 'skip'}
              onChange={() => props.onChoice('skip')}
            />{' '}
            Skip them: yours stay as they are, and the other copies’ notes and tags are not imported
          </label>
          <label class="inline">
            <input
              type="radio"
              name="same-passage"
              checked={choice === 'merge'}
              onChange={() => props.onChoice('merge')}
            />{' '}
            Merge them into mine: their notes, tags and entities are added to yours (your label is kept)
          </label>
        </fieldset>
      )}
      {action === undefined && <p class="already-here">{alreadyHereSentence(name, counts)}</p>}
      {props.sharing && action !== undefined && <p>{props.sharing}</p>}
      {preview.hasSettings && (
        <label class="inline">
          <input
            type="checkbox"
            checked={props.includeSettings}
            onChange={(e) => props.onIncludeSettings(e.currentTarget.checked)}
          />{' '}
          Also replace my settings with the file’s
        </label>
      )}
      {action !== undefined && (
        <>
          <button type="button" class="primary" onClick={props.onImport}>
            {action}
          </button>{' '}
        </>
      )}
      <button type="button" onClick={props.onCancel}>
        {action === undefined ? 'Close' : 'Cancel'}
      </button>
    </div>
  );
}

/**
 * Whose claims the reader is bringing in, as the file names them: "The file says its claims were
 * marked by Alice and Bob." Each name isolated (a file's name may run right to left or carry a
 * bidi control); nothing when the file names no one.
 */
function AuthorsLine({ authors, more }: { authors: string[]; more: boolean }) {
  if (authors.length === 0) return null;
  const separator = (i: number) => (i === 0 ? '' : i === authors.length - 1 && !more ? ' and ' : ', ');
  return (
    <p class="import-authors">
      The file says its claims were marked by{' '}
      {authors.map((name, i) => (
        <span key={name}>
          {separator(i)}
          <bdi>{name}</bdi>
        </span>
      ))}
      {more ? ' and others' : ''}.
    </p>
  );
}
