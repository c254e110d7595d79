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

/** Replaces `from`–`to` of `field` with `text`, as typing would (an input event the form hears). */
function typeInto(field: HTMLTextAreaElement, text: string, from: number, to = from) {
  const caret = field.selectionStart;
  field.setRangeText(text, from, to, 'preserve');
  // Keys typed into the field since stay after the held text, and so does the caret.
  if (caret >= to) {
    const moved = caret - (to - from) + text.length;
    field.setSelectionRange(moved, moved);
  }
  const inputType = text ? 'insertText' : 'deleteContentBackward';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data: text || null }));
}

/**
 * Holds keys typed where no field takes them until the note field (the form's one textarea)
 * takes focus; then types them there, and after them `fromPage()`, what the page's frame held
 * before this document loaded, placed before them. Returns what takes a key the page's frame
 * passes on late (held-keys.ts: text, or `\b` for a Backspace), typed after what the page held
 * and before what this document had itself: the page had every key before this document did.
 */
export function holdTypedKeys(fromPage: () => Promise<string>): (late: string) => void {
  let held = '';
  let field: HTMLTextAreaElement | undefined;
  /** Where the page's next key goes in the note: after the page's keys, before the form's own. */
  let pageEnd = 0;
  const typePage = (text: string) => {
    if (!text || !field?.isConnected) return;
    const end = Math.min(pageEnd, field.value.length);
    // A Backspace takes back one character (a surrogate pair whole) before the page's next key.
    const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(field.value.slice(0, end));
    const from = text === '\b' ? Math.max(0, end - (pair ? 2 : 1)) : end;
    typeInto(field, text === '\b' ? '' : text, from, end);
    pageEnd = text === '\b' ? from : end + text.length;
  };
  let focused!: () => void;
  /** The page's keys, typed in the order they came: first what it held, then each late one. */
  let pageKeys = new Promise<void>((resolve) => (focused = resolve))
    .then(fromPage)
    .then(typePage)
    .catch(() => undefined);
  const onKey = (event: KeyboardEvent) => {
    if (takesText(event.target)) return;
    const next = afterKey(held, event);
    if (next === undefined) return;
    held = next;
    // Space would scroll and ' or / would search: the key is the note's.
    event.preventDefault();
  };
  const onFocus = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLTextAreaElement)) return;
    field = event.target;
    removeEventListener('keydown', onKey, true);
    removeEventListener('focusin', onFocus, true);
    pageEnd = field.selectionStart;
    if (held) typeInto(field, held, pageEnd);
    held = '';
    focused();
  };
  addEventListener('keydown', onKey, true);
  addEventListener('focusin', onFocus, true);
  return (late) => {
    pageKeys = pageKeys.then(() => typePage(late)).catch(() => undefined);
  };
}
