/**
 * Writing a large pretty-printed JSON document piece by piece: the document is laid out once
 * with placeholder arrays, cut around them, and each array's items are written in between,
 * indented as `JSON.stringify(document, null, 2)` would have indented them. The result is
 * byte for byte what stringifying the whole document at once gives, without ever holding it.
 */

/** Stands in for an array whose items are written later. */
export const slot = (name: string) => [`\u0000slot:${name}\u0000`];

export interface Layout {
  /** Text before the first slot, between slots, and after the last (one more than slots). */
  parts: string[];
  /** The indentation of each slot's items. */
  indents: string[];
}

/** Lays out a document holding `slot(name)` arrays, in the order the slots appear. */
export function layout(document: unknown, names: readonly string[]): Layout {
  let text = JSON.stringify(document, null, 2);
  const parts: string[] = [];
  const indents: string[] = [];
  for (const name of names) {
    const marker = JSON.stringify(slot(name)[0]);
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`No slot "${name}" in the document`);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = text.slice(lineStart, at);
    // "[\n<indent>marker\n<outer>]" becomes "[" + items + "\n<outer>]", or "[]" when empty.
    const open = text.lastIndexOf('[', lineStart);
    const close = text.indexOf(']', at);
    parts.push(text.slice(0, open + 1));
    indents.push(indent);
    text = text.slice(close);
  }
  parts.push(text);
  return { parts, indents };
}

/** One item of a slot, with the separator that goes before it. */
export function slotItem(value: unknown, indent: string, first: boolean): string {
  // Raw line breaks in stringified JSON are only ever indentation (string line breaks are escaped).
  return `${first ? '' : ','}\n${indent}${JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)}`;
}

/** What closes a slot: its items end on their own line, an empty slot is `[]`. */
export function slotEnd(layoutPart: string, indent: string, empty: boolean): string {
  return empty ? layoutPart : `\n${indent.slice(2)}${layoutPart}`;
}
