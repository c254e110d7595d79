import { useState } from 'preact/hooks';
import { claimLabels, type ClaimLabel } from '@/lib/claims/constants';
import type { ClaimPatch } from '@/lib/claims/schema';

export interface EntityOption {
  id: string;
  label: string;
}

export type MarkerState =
  | { step: 'offer' }
  | { step: 'saving' }
  | {
      step: 'saved';
      note: string;
      tags: string[];
      label: ClaimLabel;
      entities: string[];
      updating?: boolean;
      message?: string;
    }
  | { step: 'error'; message: string };

export interface ClaimMarkerProps {
  state: MarkerState;
  quote: string;
  /** Entities on the page that can be linked (those found in the selection come first). */
  options: EntityOption[];
  onMark: (event: MouseEvent) => void;
  onUpdate: (patch: ClaimPatch, event: MouseEvent) => void;
  onClose: () => void;
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

/** "Mark claim" next to a selection: one click saves; then a compact form for note, tags, label, entities. */
export function ClaimMarker({ state, quote, options, onMark, onUpdate, onClose }: ClaimMarkerProps) {
  if (state.step === 'offer') {
    return (
      <button
        type="button"
        class="bs-mark-button"
        // Keep the page's selection: pressing the button must not clear what is being marked.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onMark}
        aria-label={`Mark claim: “${quote.slice(0, 80)}”`}
      >
        Mark claim
      </button>
    );
  }
  if (state.step === 'saving') return <p role="status">Saving…</p>;
  if (state.step === 'error') {
    return (
      <div class="bs-form">
        <p role="alert" class="bs-error">
          {state.message}
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return <SavedForm state={state} quote={quote} options={options} onUpdate={onUpdate} onClose={onClose} />;
}

function SavedForm({
  state,
  quote,
  options,
  onUpdate,
  onClose,
}: {
  state: Extract<MarkerState, { step: 'saved' }>;
  quote: string;
  options: EntityOption[];
  onUpdate: ClaimMarkerProps['onUpdate'];
  onClose: () => void;
}) {
  const [note, setNote] = useState(state.note);
  const [tags, setTags] = useState(state.tags.join(', '));
  const [label, setLabel] = useState<ClaimLabel>(state.label);
  const [entities, setEntities] = useState<string[]>(state.entities);
  const name = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  return (
    <form class="bs-form" onSubmit={(event) => event.preventDefault()}>
      <div class="bs-row">
        <span role="status" class={state.message ? 'bs-error' : 'bs-saved'}>
          {state.updating ? 'Saving…' : (state.message ?? 'Saved ✓')}
        </span>
        <button type="button" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <p class="bs-quote-preview">“{quote}”</p>
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
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        Tags (comma-separated)
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div aria-label="Linked actors and events">
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
      <button
        type="button"
        class="bs-mark-button"
        onClick={(event) => onUpdate({ note, tags: parseTags(tags), label, entities }, event)}
      >
        Save details
      </button>
    </form>
  );
}
