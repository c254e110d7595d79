import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimLabels, type ClaimLabel } from '@/lib/claims/constants';
import type { ClaimPatch, SavedClaim } from '@/lib/claims/schema';
import { readerDate } from '@/lib/claims/reader-date';
import { cardEdits } from './card-edits';
import { parseTags } from './ClaimDetailsForm';

export interface ClaimCardProps {
  claim: SavedClaim;
  /** Where the claim was found on the current page, when it belongs to it. */
  placement?: 'anchored' | 'doubtful' | 'orphan' | 'pending';
  entityLabel: (id: string) => string;
  onJump: () => void;
  onSave: (patch: ClaimPatch) => void;
  onDelete: () => void;
  /** Opens the compare view for this claim (when the claim is linked to an actor or event). */
  onCompare?: () => void;
  /** With team sync on: whether the claim is shared, and the reader's switch for it. */
  shared?: boolean;
  onShare?: (shared: boolean) => void;
  /** When given, the card can be selected (for exporting a selection). */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
}

const placementText = {
  anchored: 'found on this page',
  doubtful: 'found, but the page changed: check it',
  orphan: 'not found on this page any more',
  pending: 'looking for it…',
} as const;

/** One saved claim: the quote, its page, and the reader's note, tags, label and linked entities. */
export function ClaimCard({
  claim,
  placement,
  entityLabel,
  onJump,
  onSave,
  onDelete,
  onCompare,
  shared,
  onShare,
  selected,
  onSelect,
}: ClaimCardProps) {
  const kept = cardEdits.get(claim.id);
  const [editing, setEditing] = useState(kept !== undefined);
  const [note, setNote] = useState(kept?.note ?? claim.note);
  const [tags, setTags] = useState(kept?.tags ?? claim.tags.join(', '));
  const [label, setLabel] = useState<ClaimLabel>(kept?.label ?? claim.label);
  // No clean-up on unmount: an edit left open outlives the card (card-edits.ts).
  useEffect(() => {
    if (editing) cardEdits.keep(claim.id, { note, tags, label });
    else cardEdits.end(claim.id);
  }, [claim.id, editing, note, tags, label]);
  // Where focus goes when the editor opens or closes: the button that opened it is gone while
  // the form is shown, and the form goes when it is saved or cancelled, so without this focus
  // falls to the page's body and a keyboard or screen-reader user is lost.
  const editRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const moveFocus = useRef<'note' | 'edit' | undefined>(undefined);
  useLayoutEffect(() => {
    const to = moveFocus.current;
    moveFocus.current = undefined;
    (to === 'note' ? noteRef : to === 'edit' ? editRef : undefined)?.current?.focus();
  }, [editing]);
  // A save changes the claim's `updated`, and the list draws it again as a new card: that card
  // takes the focus the old one had, unless something else took it meanwhile.
  useEffect(() => {
    if (cardEdits.takeFocus(claim.id) && document.activeElement === document.body) editRef.current?.focus();
    // Only when this card first appears.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const close = () => {
    moveFocus.current = 'edit';
    cardEdits.giveFocus(claim.id);
    setEditing(false);
  };
  const date = readerDate(claim.created);
  return (
    <li class={`claim claim-${claim.label}`} data-claim-id={claim.id}>
      <div class="claim-head">
        {onSelect && (
          <input
            type="checkbox"
            checked={selected}
            aria-label={`Select “${claim.selectors.quote.exact.slice(0, 60)}”`}
            onChange={(e) => onSelect(e.currentTarget.checked)}
          />
        )}
        <span class="claim-label">{claim.label}</span>
        {placement && <span class={`placement placement-${placement}`}>{placementText[placement]}</span>}
      </div>
      <blockquote>
        “<bdi>{claim.selectors.quote.exact.trim()}</bdi>”
      </blockquote>
      <p class="muted claim-source">
        <bdi>{claim.page.title || claim.url}</bdi> · <bdi>{new URL(claim.url).hostname}</bdi>
        {claim.page.published ? ` · ${readerDate(claim.page.published)}` : ''} · marked {date}
        {claim.author && (
          <>
            {' '}
            by <bdi class="claim-author">{claim.author}</bdi>
          </>
        )}
      </p>
      {shared !== undefined && onShare && (
        <label class="claim-share">
          <input type="checkbox" checked={shared} onChange={(e) => onShare(e.currentTarget.checked)} /> Shared
          with your team
        </label>
      )}
      {claim.entities.length > 0 && (
        <p class="claim-entities">About: {claim.entities.map(entityLabel).join(', ')}</p>
      )}
      {editing ? (
        <form
          class="claim-edit"
          onSubmit={(event) => {
            event.preventDefault();
            onSave({ note, tags: parseTags(tags), label });
            close();
          }}
        >
          <label>
            Label{' '}
            <select value={label} onChange={(e) => setLabel(e.currentTarget.value as ClaimLabel)}>
              {claimLabels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            Note
            <textarea ref={noteRef} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label>
            Tags (comma-separated)
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            Save
          </button>{' '}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          {claim.note && <p class="claim-note">{claim.note}</p>}
          {claim.tags.length > 0 && (
            <p class="claim-tags">
              {claim.tags.map((t) => (
                <span key={t} class="tag">
                  #<bdi>{t}</bdi>
                </span>
              ))}
            </p>
          )}
          <div class="claim-actions">
            <button type="button" onClick={onJump}>
              Go to it
            </button>
            {onCompare && claim.entities.length > 0 && (
              <button type="button" onClick={onCompare}>
                Compare
              </button>
            )}
            <button
              ref={editRef}
              type="button"
              onClick={() => {
                moveFocus.current = 'note';
                // From what is saved: a cancelled edit is not brought back.
                setNote(claim.note);
                setTags(claim.tags.join(', '));
                setLabel(claim.label);
                setEditing(true);
              }}
            >
              Edit
            </button>
            <button type="button" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
