import { useEffect, useRef, useState } from 'preact/hooks';
import { claimLabels, type ClaimLabel } from '@/lib/claims/constants';
import type { ClaimPatch } from '@/lib/claims/schema';
import { QuotePreview } from './QuotePreview';

export interface EntityOption {
  id: string;
  label: string;
}

export interface ClaimDetails {
  note: string;
  tags: string[];
  label: ClaimLabel;
  entities: string[];
}

const labelNames: Record<ClaimLabel, string> = { claim: 'Claim', evidence: 'Evidence', disputed: 'Disputed' };

/** The tag list as typed: comma-separated, trimmed, without duplicates. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export interface ClaimDetailsFormProps {
  details: ClaimDetails;
  quote: string;
  /** Entities that can be linked (those found in the selection come first). */
  options: EntityOption[];
  /** "Saved ✓", "Saving…" or what went wrong. */
  status: { text: string; bad?: boolean };
  onUpdate: (patch: ClaimPatch, event: MouseEvent) => void;
  onClose: () => void;
}

/** The compact form for a claim just marked: label, note, tags and linked actors and events. */
export function ClaimDetailsForm({
  details,
  quote,
  options,
  status,
  onUpdate,
  onClose,
}: ClaimDetailsFormProps) {
  const [note, setNote] = useState(details.note);
  // The form opens like a dialog for the claim just marked: focus starts in the note.
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus({ preventScroll: true }), []);
  const [tags, setTags] = useState(details.tags.join(', '));
  const [label, setLabel] = useState<ClaimLabel>(details.label);
  const [entities, setEntities] = useState<string[]>(details.entities);
  const name = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  return (
    <form class="bs-form" onSubmit={(event) => event.preventDefault()}>
      <div class="bs-row bs-form-head">
        <span role="status" class={status.bad ? 'bs-error' : 'bs-saved'}>
          {status.text}
        </span>
        <button type="button" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {/* Only this part scrolls when the form has less room than it needs: Save stays in view. */}
      <div class="bs-form-body">
        <QuotePreview quote={quote} />
        <fieldset>
          <legend class="bs-sr">Label</legend>
          {claimLabels.map((l) => (
            <label key={l}>
              <input type="radio" name="bs-label" checked={label === l} onChange={() => setLabel(l)} />{' '}
              {labelNames[l]}
            </label>
          ))}
        </fieldset>
        <label>
          Note
          <textarea ref={noteField} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label>
          Tags (comma-separated)
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <div role="group" aria-label="Linked actors and events">
          {entities.map((id) => (
            <button
              type="button"
              key={id}
              class="bs-entity-chip"
              onClick={() => setEntities(entities.filter((e) => e !== id))}
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
              if (id && !entities.includes(id)) setEntities([...entities, id]);
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
          class="bs-mark-button"
          onClick={(event) => onUpdate({ note, tags: parseTags(tags), label, entities }, event)}
        >
          Save details
        </button>
      </div>
    </form>
  );
}
