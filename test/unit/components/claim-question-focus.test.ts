/**
 * "Keep editing" takes focus in the same task that draws the question (a layout effect), not a
 * frame later: a reader quick on the keyboard, or a loaded machine, may already be on "Drop
 * changes" a frame later, and a late focus would pull them back so that Enter kept editing (the
 * side panel's note-editor e2e failed that way once in CI).
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClaimDetailsForm } from '@/components/ClaimDetailsForm';
import { ClaimEditor } from '@/components/ClaimEditor';
import { checkDraft, type Draft } from '@/lib/claims/draft';
import { useLinkedomDocument } from './linkedom-document';

const { document, window } = useLinkedomDocument();

// linkedom keeps no activeElement: record what is focused instead.
const focusedNames: string[] = [];
const prototype = window.HTMLElement.prototype as HTMLElement;
const nativeFocus = prototype.focus;
prototype.focus = function (this: HTMLElement) {
  focusedNames.push(this.textContent ?? '');
};
afterEach(() => {
  focusedNames.length = 0;
});
// The editor listens on the window (it blurs) and tells nodes apart (relatedTarget): the
// linkedom window and its Node stand in for the browser's while these tests run.
const globals = globalThis as { window?: unknown; Node?: unknown };
const before = { window: globals.window, Node: globals.Node };
beforeAll(() => {
  globals.window = window;
  globals.Node = window.Node;
});
afterAll(() => {
  prototype.focus = nativeFocus;
  globals.window = before.window;
  globals.Node = before.Node;
});

/** Lets queued microtasks run (Preact draws a state change in one), but no timer or frame. */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/**
 * Draws the side panel's editor with a changed note and presses Esc, outside act(): the question
 * is drawn as in a browser, effects left to their own time. Returns the root; `close` unmounts it.
 */
async function askCloseQuestion() {
  const root = document.createElement('div');
  document.body.append(root);
  const draft: Draft = { label: 'claim', note: 'Changed', tags: '', entities: [] };
  act(() =>
    render(
      h(ClaimEditor, {
        claimId: 'c1',
        edit: { note: draft.note, tags: '', label: 'claim' },
        checked: checkDraft(draft),
        changed: true,
        noteRef: { current: null },
        onEdit: () => undefined,
        onSave: () => undefined,
        onCancel: () => undefined,
      }),
      root,
    ),
  );
  // linkedom has no KeyboardEvent: a plain event with the key Preact's listener reads.
  const escape = Object.assign(new window.Event('keydown', { bubbles: true }), { key: 'Escape' });
  root.querySelector('textarea')!.dispatchEvent(escape);
  await microtasks();
  const close = () => {
    act(() => render(null, root));
    root.remove();
  };
  return { root, close };
}

describe('the close question', () => {
  it('in the side panel editor has "Keep editing" focused as soon as it is drawn', async () => {
    const { root, close } = await askCloseQuestion();
    expect(root.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(focusedNames).toEqual(['Keep editing']);
    close();
  });

  it('in the side panel editor lets the question go on a move away made as soon as it is drawn', async () => {
    // The question's focusout listener must be there once focus is on "Keep editing": a reader
    // (or a test) pressing Shift+Tab at once would otherwise leave a question that never goes.
    const { root, close } = await askCloseQuestion();
    const keep = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Keep editing')!;
    const tags = root.querySelector('input')!;
    keep.dispatchEvent(
      Object.assign(new window.Event('focusout', { bubbles: true }), { relatedTarget: tags }),
    );
    await microtasks();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    close();
  });

  it('on the claim form has "Keep editing" focused in the render that draws it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const draft: Draft = { label: 'claim', note: 'A note', tags: '', entities: [] };
    const props = {
      draft,
      checked: checkDraft(draft),
      quote: 'A quote',
      options: [],
      status: { text: 'Saved ✓', saved: true },
      onChange: () => undefined,
      onSave: () => undefined,
      onClose: () => undefined,
      onDiscard: () => undefined,
      onKeepEditing: () => undefined,
    };
    act(() => render(h(ClaimDetailsForm, { ...props, confirmClose: false }), root));
    focusedNames.length = 0;
    // A plain render, outside act(): only what runs in the render's own task has run.
    render(h(ClaimDetailsForm, { ...props, confirmClose: true }), root);
    expect(focusedNames).toEqual(['Keep editing']);
    act(() => render(null, root));
    root.remove();
  });
});
