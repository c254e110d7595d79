import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimLabelNames, claimLabels } from '@/lib/claims/constants';
import { MAX_NOTE_DRAFT, noteCountText, noteFull, type CheckedDraft, type Draft } from '@/lib/claims/draft';
import { QuotePreview } from './QuotePreview';
import { TagPreview } from './TagPreview';

export { parseTags } from '@/lib/claims/draft';

export interface EntityOption {
  id: string;
  label: string;
}

export interface ClaimDetailsFormProps {
  draft: Draft;
  /** What of the draft can be saved, and why the rest cannot. */
  checked: CheckedDraft;
  quote: string;
  /** Entities that can be linked (those found in the selection come first). */
  options: EntityOption[];
  /**
   * "Saving…", "Saved ✓" (`saved`: the only one drawn in the colour that says all is well) or
   * what went wrong (with a retry when it can be retried).
   */
  status: { text: string; bad?: boolean; retry?: boolean; saved?: boolean };
  /**
   * When this form last saved (the reader's "14:02"), and a count that changes with each save:
   * shown beside "Saved ✓", so that a save is seen even when "Saved ✓" was there before (it is
   * heard from the status, which says "Saving…" first).
   */
  savedAt?: { time: string; saves: number };
  /** Set when closing would lose what is typed: the form asks first. */
  confirmClose: boolean;
  onChange: (draft: Draft) => void;
  onSave: (event: MouseEvent) => void;
  onClose: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/** The compact form for a claim just marked: label, note, tags and linked actors and events. */
export function ClaimDetailsForm({
  draft,
  checked,
  quote,
  options,
  status,
  savedAt,
  confirmClose,
  onChange,
  onSave,
  onClose,
  onDiscard,
  onKeepEditing,
}: ClaimDetailsFormProps) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  // The form opens like a dialog for the claim just marked: focus starts in the note.
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus({ preventScroll: true }), []);
  // "Keep editing" takes focus once, as the question appears: an inline callback ref would run
  // on every render and pull focus back from "Discard and close"; a layout effect, so that it
  // cannot land after the reader has moved on (as in ClaimEditor).
  const keepButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirmClose) keepButton.current?.focus();
  }, [confirmClose]);
  // Folded to its status and Save, the form covers little of the page (200 % zoom, a short
  // window): the reader folds it to read the article and unfolds it to go on.
  const [folded, setFolded] = useState(false);
  // A refusal's status points below, and the close question is about what is below: either
  // unfolds the fields, and they stay unfolded after "Keep editing".
  const mustShow = !!status.bad || confirmClose;
  useEffect(() => {
    if (mustShow) setFolded(false);
  }, [mustShow]);
  const name = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const { note, tags, label, entities } = draft;
  return (
    <form class="bs-form" onSubmit={(event) => event.preventDefault()}>
      <div class="bs-row bs-form-head">
        <span class="bs-status">
          <span role="status" class={status.bad ? 'bs-error' : status.saved ? 'bs-saved' : 'bs-pending'}>
            {status.text}
          </span>{' '}
          {/* When it saved: seen, not announced. The status above is the one live region, and each
              save passes through "Saving…" to "Saved ✓", so each is heard once; a second region
              saying "Saved at 14:02" had screen readers say "Saved" twice. */}
          <span class="bs-saved-at">
            {status.saved && savedAt && (
              <span key={savedAt.saves} class="bs-just-saved">
                at {savedAt.time}
              </span>
            )}
          </span>
        </span>
        {status.retry && (
          <button type="button" onClick={onSave}>
            Retry
          </button>
        )}
        <button type="button" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {confirmClose && (
        <div role="alertdialog" aria-label="Unsaved changes" class="bs-confirm">
          <p>What you typed is not saved yet. Close anyway and lose it?</p>
          <button type="button" onClick={onKeepEditing} ref={keepButton}>
            Keep editing
          </button>{' '}
          <button type="button" onClick={onDiscard}>
            Discard and close
          </button>
        </div>
      )}
      {/* Only this part scrolls when the form has less room than it needs: Save stays in view. */}
      <div class="bs-form-body" id="bs-form-body" hidden={folded}>
        <QuotePreview quote={quote} />
        <fieldset>
          <legend class="sr-only">Label</legend>
          {claimLabels.map((l) => (
            <label key={l}>
              <input type="radio" name="bs-label" checked={label === l} onChange={() => set({ label: l })} />{' '}
              {claimLabelNames[l]}
            </label>
          ))}
        </fieldset>
        <label>
          Note
          <textarea
            ref={noteField}
            rows={2}
            value={note}
            maxLength={MAX_NOTE_DRAFT}
            aria-describedby="bs-note-count"
            aria-invalid={checked.refused.note ? 'true' : undefined}
            onInput={(e) => set({ note: e.currentTarget.value })}
          />
        </label>
        <p id="bs-note-count" class={checked.refused.note ? 'bs-error' : 'bs-count'}>
          {noteCountText(note, checked.refused.note)}
        </p>
        {noteFull(note) && (
          <p role="alert" class="bs-error">
            {noteFull(note)}
          </p>
        )}
        <label>
          Tags (comma-separated)
          <input
            type="text"
            value={tags}
            aria-describedby="bs-tag-preview"
            aria-invalid={checked.refused.tags ? 'true' : undefined}
            onInput={(e) => set({ tags: e.currentTarget.value })}
          />
        </label>
        <TagPreview id="bs-tag-preview" text={tags} chipClass="bs-tag-chip" />
        {checked.refused.tags && <p class="bs-error">{checked.refused.tags}</p>}
        <div role="group" aria-labelledby="bs-linked-label">
          <span id="bs-linked-label" class="bs-group-label">
            Linked actors and events
          </span>
          {entities.map((id) => (
            <button
              type="button"
              key={id}
              class="bs-entity-chip"
              onClick={() => set({ entities: entities.filter((e) => e !== id) })}
              aria-label={`Unlink ${name(id)}`}
            >
              {name(id)} ✕
            </button>
          ))}
          <select
            aria-label="Link another actor or event"
            value=""
            onChange={(e) => {
              const id = e.currentTarget.value;
              if (id && !entities.includes(id)) set({ entities: [...entities, id] });
            }}
          >
            <option value="">+ link…</option>
            {options
              .filter((o) => !entities.includes(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div class="bs-form-foot">
        <button
          type="button"
          aria-expanded={!folded}
          aria-controls="bs-form-body"
          onClick={() => setFolded(!folded)}
        >
          {folded ? 'Show fields' : 'Hide fields'}
        </button>
        <button type="button" class="bs-mark-button" onClick={onSave}>
          Save details
        </button>
      </div>
    </form>
  );
}
