/**
 * The claim form folded to its status and Save ("Hide fields") unfolds when what it says needs
 * the fields: a refusal's status points below, and the close question is about what is below.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ClaimDetailsForm, type ClaimDetailsFormProps } from '@/components/ClaimDetailsForm';
import { checkDraft, type Draft } from '@/lib/claims/draft';
import { useLinkedomDocument } from './linkedom-document';

const { document, window } = useLinkedomDocument();

const draft: Draft = { label: 'claim', note: 'A note', tags: '', entities: [] };
const props = (changes: Partial<ClaimDetailsFormProps>): ClaimDetailsFormProps => ({
  draft,
  checked: checkDraft(draft),
  quote: 'A quote',
  options: [],
  status: { text: 'Saved ✓', saved: true },
  confirmClose: false,
  onChange: () => undefined,
  onSave: () => undefined,
  onClose: () => undefined,
  onDiscard: () => undefined,
  onKeepEditing: () => undefined,
  ...changes,
});

/** Draws the form folded ("Hide fields" pressed) and returns a way to draw it again. */
function folded(root: Element) {
  const draw = (changes: Partial<ClaimDetailsFormProps>) =>
    act(() => render(h(ClaimDetailsForm, props(changes)), root));
  draw({});
  const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Hide fields')!;
  act(() => void toggle.dispatchEvent(new window.Event('click')));
  expect(root.querySelector('#bs-form-body')!.hasAttribute('hidden')).toBe(true);
  return draw;
}
const bodyHidden = (root: Element) => root.querySelector('#bs-form-body')!.hasAttribute('hidden');

describe('the folded claim form', () => {
  it('unfolds when the status is a refusal that points to the fields', () => {
    const root = document.createElement('div');
    const draw = folded(root);
    draw({ status: { text: 'Saving…' } });
    expect(bodyHidden(root)).toBe(true);
    draw({ status: { text: 'Not saved: see below.', bad: true } });
    expect(bodyHidden(root)).toBe(false);
    render(null, root);
  });

  it('unfolds when the close question shows, and stays unfolded after "Keep editing"', () => {
    const root = document.createElement('div');
    const draw = folded(root);
    draw({ confirmClose: true });
    expect(bodyHidden(root)).toBe(false);
    draw({ confirmClose: false });
    expect(bodyHidden(root)).toBe(false);
    render(null, root);
  });
});
