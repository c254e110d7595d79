/**
 * Keys typed before the note field is there. The reader who marks a passage often starts the
 * note at once, while the form is still loading: keys pressed before this document has loaded
 * reach the page's frame, which holds them for the form (marking.tsx), and keys pressed here
 * before the claim has loaded land on this document's body. Both are typed into the note field
 * the moment it takes focus, at its caret, in the order they were pressed: each key once.
 */
import { afterKey } from '@/lib/dom/typed-keys';

/** Whether an element takes typed text itself. */
const takesText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLInputElement ||
  (target instanceof HTMLElement && target.isContentEditable);

/** Types `text` into `field` at `at`, as typing would (an input event the form hears). */
function typeInto(field: HTMLTextAreaElement, text: string, at: number) {
  const caret = field.selectionStart;
  field.setRangeText(text, at, at, 'preserve');
  // Keys typed into the field since stay after the held text, and so does the caret.
  if (caret >= at) field.setSelectionRange(caret + text.length, caret + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * Holds keys typed where no field takes them until the note field (the form's one textarea)
 * takes focus; then types them there, and after them `fromPage()`, what the page's frame held
 * before this document loaded, placed before them.
 */
export function holdTypedKeys(fromPage: () => Promise<string>): void {
  let held = '';
  const onKey = (event: KeyboardEvent) => {
    if (takesText(event.target)) return;
    const next = afterKey(held, event);
    if (next === undefined) return;
    held = next;
    // Space would scroll and ' or / would search: the key is the note's.
    event.preventDefault();
  };
  const onFocus = (event: FocusEvent) => {
    const field = event.target;
    if (!(field instanceof HTMLTextAreaElement)) return;
    removeEventListener('keydown', onKey, true);
    removeEventListener('focusin', onFocus, true);
    const at = field.selectionStart;
    if (held) typeInto(field, held, at);
    held = '';
    void fromPage().then((text) => {
      if (text && field.isConnected) typeInto(field, text, Math.min(at, field.value.length));
    });
  };
  addEventListener('keydown', onKey, true);
  addEventListener('focusin', onFocus, true);
}
