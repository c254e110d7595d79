/**
 * The keyboard shortcuts as the browser has actually bound them (`commands.getAll()`): the
 * reader may have changed or removed them, or another extension may have taken a key first, so
 * the manifest's suggested keys are not what to show. Names on a page are not Tab stops (hundreds
 * of them would wreck a news page's tab order); these shortcuts are the keyboard's way to cards.
 */
import { z } from 'zod';

/** The commands the popup lists, in this order, with what each does in a few words. */
export const SHORTCUTS = [
  ['next-mention', 'Next name on the page, with its card'],
  ['previous-mention', 'Previous name on the page, with its card'],
  ['mark-claim', 'Mark the selected text as a claim'],
] as const;

const commandSchema = z.looseObject({ name: z.string().optional(), shortcut: z.string().optional() });

export interface BoundShortcut {
  name: (typeof SHORTCUTS)[number][0];
  what: string;
  /** The keys as the browser reports them, spelled for reading; undefined when none is set. */
  keys?: string;
}

/**
 * "Alt+Shift+." → "Alt+Shift+Period": Chrome reports the characters, Firefox the key names; the
 * names are what both show, since a bare "." or "," after a key reads as the sentence's own
 * punctuation (a newcomer read "Alt+Shift+." as "Alt+Shift+").
 */
const KEY_NAMES: Record<string, string> = { '.': 'Period', ',': 'Comma' };
const readable = (shortcut: string) =>
  shortcut
    .split('+')
    .map((key) => KEY_NAMES[key] ?? key)
    .join('+');

/** Backstory's shortcuts from what `commands.getAll()` returned (checked: it is the browser's word). */
export function boundShortcuts(commands: unknown): BoundShortcut[] {
  const parsed = z.array(commandSchema).safeParse(commands);
  const list = parsed.success ? parsed.data : [];
  return SHORTCUTS.map(([name, what]) => {
    const shortcut = list.find((c) => c.name === name)?.shortcut?.trim();
    return { name, what, keys: shortcut ? readable(shortcut) : undefined };
  });
}
