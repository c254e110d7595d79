/**
 * Text typed as plain keys, held while the claim form loads (entrypoints/claim-form/typed-ahead.ts
 * in the form, entrypoints/content/marking.tsx on the page): what one key press adds to the
 * held text or takes from it. Only the browser's own key events count (`isTrusted`): a script
 * cannot make up a key that types into the reader's note.
 */

/** The most held: a reader types a sentence or two before the form is there, not pages. */
export const MAX_TYPED_AHEAD = 2000;

/**
 * The held text after `event`, or undefined when the key types nothing (a shortcut, a named key,
 * a composition under way, a made-up event). Enter is a line break, Backspace takes one back.
 */
export function afterKey(held: string, event: KeyboardEvent): string | undefined {
  if (!event.isTrusted || event.metaKey || event.isComposing) return undefined;
  // Ctrl+Alt is AltGr on Windows, which types; Ctrl alone is a shortcut.
  if (event.ctrlKey && !event.altKey) return undefined;
  if (event.key === 'Backspace') return held ? [...held].slice(0, -1).join('') : undefined;
  const text = event.key === 'Enter' ? '\n' : [...event.key].length === 1 ? event.key : undefined;
  if (text === undefined || held.length + text.length > MAX_TYPED_AHEAD) return undefined;
  return held + text;
}
