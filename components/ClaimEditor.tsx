import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimLabelNames, claimLabels, type ClaimLabel } from '@/lib/claims/constants';
import { MAX_NOTE_DRAFT, noteCountText, noteFull, type CheckedDraft } from '@/lib/claims/draft';
import type { CardEdit } from './card-edits';
import { TagPreview } from './TagPreview';

export interface ClaimEditorProps {
  /** The claim's id, for the ids that tie the note to its count line. */
  claimId: string;
  edit: CardEdit;
  checked: CheckedDraft;
  /** Whether the edit differs from what the editor opened on. */
  changed: boolean;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onEdit: (edit: CardEdit) => void;
  onSave: () => void;
  /** Closes the editor, dropping the changes (asked first when there are any). */
  onCancel: () => void;
}

/**
 * A claim card's editor: label, note (with its length and limit) and tags. Esc or Cancel closes
 * it; when the reader has changed something they are asked first, as GitHub asks on a comment
 * edit and the claim form asks on closing: a stray Esc must not throw away a paragraph. The
 * question goes with Esc or "Keep editing" (focus back where it was asked from), when focus
 * is taken to another control (it stays there) and when it leaves the document (the window
 * blurs); only "Drop changes" drops anything.
 */
export function ClaimEditor({
  claimId,
  edit,
  checked,
  changed,
  noteRef,
  onEdit,
  onSave,
  onCancel,
}: ClaimEditorProps) {
  const [asking, setAsking] = useState(false);
  // Focus goes to "Keep editing" once, as the question appears: a later render (the claims list
  // refreshed from the background) must not pull it back from "Drop changes". A layout effect,
  // in the same task as the question is drawn: a passive one runs a frame later, after a quick
  // reader (or a loaded machine) may already have moved on to "Drop changes", and pulled focus
  // back so that Enter kept editing.
  const keepButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  /** What had focus when the question was asked (a field's Esc, or Cancel): focus goes back there. */
  const [askedFrom, setAskedFrom] = useState<HTMLElement | null>(null);
  /** Set when the question goes and focus should go back to where it was asked from. */
  const [returnFocus, setReturnFocus] = useState(false);
  useLayoutEffect(() => {
    if (asking) keepButton.current?.focus();
  }, [asking]);
  useLayoutEffect(() => {
    if (!returnFocus) return;
    setReturnFocus(false);
    // Cancel was drawn again in the question's place: the new one stands for the old.
    (askedFrom?.isConnected ? askedFrom : cancelButton.current)?.focus();
  }, [returnFocus, askedFrom]);
  const set = (patch: Partial<CardEdit>) => onEdit({ ...edit, ...patch });
  const cancel = () => {
    if (!changed) return onCancel();
    setAskedFrom(document.activeElement as HTMLElement | null);
    setAsking(true);
  };
  const keepEditing = () => {
    setAsking(false);
    setReturnFocus(true);
  };
  // Esc anywhere in the editor (one listener for all its fields); on the question it is its
  // "no": back to where it was asked from, nothing dropped. This and the listeners below are
  // added in layout effects, with the focus moves above: a key pressed as soon as focus has
  // moved must find them there (a passive effect adds them up to a frame later).
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const element = form.current;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (asking) keepEditing();
      else cancel();
    };
    element?.addEventListener('keydown', listener);
    return () => element?.removeEventListener('keydown', listener);
  });
  // The question is inline and non-modal, as a popover with light dismiss is (the HTML `popover`
  // attribute's "auto" state, GitHub's and Gmail's inline confirms): focus taken to another
  // control answers "Keep editing" and stays where the reader took it, rather than being trapped
  // in a question the rest of the panel cannot see. Only a move to a control outside counts: a
  // press on the question's words or between its buttons focuses the question itself (tabindex
  // -1), and a press on a button that the browser does not focus (Firefox and Safari on macOS)
  // moves focus nowhere (no relatedTarget): the click still lands.
  // Focus leaving the document is a move away too, though it has no relatedTarget: Tab on from
  // the last control to the browser's own controls (told from a press of Tab that moved focus
  // nowhere in the document), or another window taking focus (the window blurs, below). The
  // question goes, and nothing is dropped.
  useLayoutEffect(() => {
    const element = question.current;
    if (!asking || !element) return;
    let tabbing = false;
    const onKeyDown = (event: KeyboardEvent) => {
      tabbing = event.key === 'Tab';
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      const leftByTab = tabbing;
      tabbing = false;
      if (to instanceof Node ? !element.contains(to) : leftByTab) setAsking(false);
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [asking]);
  // Once the window has lost focus, focus goes back where the question was asked from, so the
  // reader coming back to it lands in the editor rather than on a button that went.
  useLayoutEffect(() => {
    if (!asking) return;
    const left = (event: FocusEvent) => {
      if (event.target !== window) return;
      setAsking(false);
      setReturnFocus(true);
    };
    window.addEventListener('blur', left);
    return () => window.removeEventListener('blur', left);
  }, [asking]);
  const countId = `note-count-${claimId}`;
  const full = noteFull(edit.note);
  return (
    <form
      class="claim-edit"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      ref={form}
    >
      <label>
        Label{' '}
        <select value={edit.label} onChange={(e) => set({ label: e.currentTarget.value as ClaimLabel })}>
          {claimLabels.map((l) => (
            <option key={l} value={l}>
              {claimLabelNames[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea
          ref={noteRef}
          rows={3}
          value={edit.note}
          maxLength={MAX_NOTE_DRAFT}
          aria-describedby={countId}
          aria-invalid={checked.refused.note ? 'true' : undefined}
          onInput={(e) => set({ note: e.currentTarget.value })}
        />
      </label>
      <p id={countId} class={checked.refused.note ? 'status-bad note-count' : 'muted note-count'}>
        {noteCountText(edit.note, checked.refused.note)}
      </p>
      {full && (
        <p role="alert" class="status-bad">
          {full}
        </p>
      )}
      <label>
        Tags (comma-separated)
        <input
          type="text"
          value={edit.tags}
          aria-describedby={`tag-preview-${claimId}`}
          aria-invalid={checked.refused.tags ? 'true' : undefined}
          onInput={(e) => set({ tags: e.currentTarget.value })}
        />
      </label>
      <TagPreview id={`tag-preview-${claimId}`} text={edit.tags} chipClass="tag tag-text" />
      {checked.refused.tags && <p class="status-bad">{checked.refused.tags}</p>}
      {asking ? (
        <div
          role="alertdialog"
          aria-label="Unsaved changes"
          class="claim-confirm"
          tabIndex={-1}
          ref={question}
        >
          <p>Your changes to this claim are not saved. Drop them?</p>
          <button type="button" onClick={keepEditing} ref={keepButton}>
            Keep editing
          </button>{' '}
          <button type="button" onClick={onCancel}>
            Drop changes
          </button>
        </div>
      ) : (
        <>
          <button type="submit" class="primary">
            Save
          </button>{' '}
          <button type="button" onClick={cancel} ref={cancelButton}>
            Cancel
          </button>
        </>
      )}
    </form>
  );
}
