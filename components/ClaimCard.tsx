import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimLabelNames, type ClaimLabel } from '@/lib/claims/constants';
import { MAX_NOTE, checkDraft } from '@/lib/claims/draft';
import type { ClaimPatch, SavedClaim } from '@/lib/claims/schema';
import { readerDate } from '@/lib/claims/reader-date';
import { cardEdits, type CardEdit } from './card-edits';
import { ClaimEditor } from './ClaimEditor';

export interface ClaimCardProps {
  claim: SavedClaim;
  /** Where the claim was found on the current page, when it belongs to it. */
  placement?: 'anchored' | 'doubtful' | 'orphan' | 'pending';
  entityLabel: (id: string) => string;
  onJump: () => void;
  /**
   * Saves what can be saved; `noteDraft` is a note too long to save, to keep as the claim's
   * draft, or null to drop the draft (the note was saved), or undefined to leave it be.
   */
  onSave: (patch: ClaimPatch, noteDraft: string | null | undefined) => void;
  /** The note kept as the claim's draft, if any: the editor opens on it. */
  loadNoteDraft?: () => Promise<string | undefined>;
  /** Whether a note too long to save is kept as the claim's draft: the card says so. */
  hasNoteDraft?: boolean;
  onDelete: () => void;
  /** Opens the compare view for this claim (when the claim is linked to an actor or event). */
  onCompare?: () => void;
  /** Shows the claims with this tag (the Claims tab's Tag filter): each tag chip is its button. */
  onTag?: (tag: string) => void;
  /** With team sync on: whether the claim is shared, and the reader's switch for it. */
  shared?: boolean;
  onShare?: (shared: boolean) => void;
  /** When given, the card can be selected (for exporting a selection). */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
}

/**
 * A claim's label, told apart by shape as well as colour: Claim in plain text, Evidence in an
 * outline, Disputed filled with a warning sign (and its card barred at the side, sidepanel.css),
 * so a disputed claim stands out in a list scanned in either scheme or without colour.
 */
function LabelBadge({ label }: { label: ClaimLabel }) {
  return (
    <span class={`claim-label claim-label-${label}`}>
      {label === 'disputed' && (
        <span class="claim-label-icon" aria-hidden="true">
          {'\u26A0\uFE0E'}
        </span>
      )}
      {claimLabelNames[label]}
    </span>
  );
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
  loadNoteDraft,
  hasNoteDraft,
  onDelete,
  onCompare,
  onTag,
  shared,
  onShare,
  selected,
  onSelect,
}: ClaimCardProps) {
  const kept = cardEdits.get(claim.id);
  const [editing, setEditing] = useState(kept !== undefined);
  const saved: CardEdit = { note: claim.note, tags: claim.tags.join(', '), label: claim.label };
  const [edit, setEdit] = useState<CardEdit>(kept?.edit ?? saved);
  const [opened, setOpened] = useState<CardEdit>(kept?.opened ?? saved);
  // No clean-up on unmount: an edit left open outlives the card (card-edits.ts).
  useEffect(() => {
    if (editing) cardEdits.keep(claim.id, { edit, opened });
    else cardEdits.end(claim.id);
  }, [claim.id, editing, edit, opened]);
  const checked = checkDraft({ ...edit, entities: claim.entities });
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
    if (cardEdits.takeFocus(claim.id) && document.activeElement === document.body)
      (editing ? noteRef : editRef).current?.focus();
    // Only when this card first appears.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const close = () => {
    moveFocus.current = 'edit';
    cardEdits.giveFocus(claim.id);
    setEditing(false);
  };
  const openEditor = async () => {
    // From what is saved, and the note the reader could not save yet (kept as the claim's
    // draft, in the claim form or here): a cancelled edit is not brought back.
    const draft = await loadNoteDraft?.();
    const start = { ...saved, note: draft ?? claim.note };
    moveFocus.current = 'note';
    setEdit(start);
    setOpened(start);
    setEditing(true);
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
        <LabelBadge label={claim.label} />
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
        <p class="claim-entities">
          About:{' '}
          {claim.entities.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <bdi>{entityLabel(id)}</bdi>
            </span>
          ))}
        </p>
      )}
      {editing ? (
        <ClaimEditor
          claimId={claim.id}
          edit={edit}
          checked={checked}
          changed={JSON.stringify(edit) !== JSON.stringify(opened)}
          noteRef={noteRef}
          onEdit={setEdit}
          onSave={() => {
            // The card edits no links: the saved ones stay as they are.
            const { entities: _links, ...patch } = checked.patch;
            const { refused } = checked;
            // A note too long to save is kept whole as the claim's draft, as the claim form keeps
            // it; a note saved drops the draft, but only when this editor changed the note.
            const noteDraft = refused.note ? edit.note : edit.note !== opened.note ? null : undefined;
            onSave(patch, noteDraft);
            if (!refused.note && !refused.tags) return close();
            // The rest is saved and the card drawn again: it opens on what is left to fix.
            setOpened(edit);
            cardEdits.giveFocus(claim.id);
          }}
          onCancel={close}
        />
      ) : (
        <>
          {/* Its own direction (an Urdu note reads right to left), and a bidi control in it stops at its edge. */}
          {claim.note && (
            <p class="claim-note" dir="auto">
              {claim.note}
            </p>
          )}
          {hasNoteDraft && (
            // Said in words and framed, not by colour alone; as Gmail marks a thread "Draft".
            <p class="claim-draft">
              <span class="claim-draft-badge">Draft</span> Your newer note is not saved: it is longer than{' '}
              {MAX_NOTE.toLocaleString('en')} characters.{' '}
              <button type="button" onClick={() => void openEditor()}>
                Open draft
              </button>
            </p>
          )}
          {claim.tags.length > 0 && (
            <p class="claim-tags">
              {claim.tags.map((t) =>
                // A chip drawn as a tag reads as a filter (Hypothesis's tags, GitHub's labels):
                // it is one, a button with the Tag filter's name, or plain text where there is none.
                onTag ? (
                  <button
                    key={t}
                    type="button"
                    class="tag"
                    aria-label={`Show claims tagged ${t}`}
                    title={`Show claims tagged ${t}`}
                    onClick={() => onTag(t)}
                  >
                    #<bdi>{t}</bdi>
                  </button>
                ) : (
                  <span key={t} class="tag tag-text">
                    #<bdi>{t}</bdi>
                  </span>
                ),
              )}
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
            <button ref={editRef} type="button" onClick={() => void openEditor()}>
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
