/**
 * The card's one-click actions that change the reader's settings — "Wrong link" and "Pause on
 * this site" — each saying what it did in a toast, with Undo.
 */
import { askBackground } from '@/lib/messaging/client';
import type { MatchEntity } from '@/lib/match/from-kb';
import type { ToastRequest } from './toasts';

interface Action {
  site: string;
  /** Pressed from the keyboard (a click with no pointer): Undo gets focus. */
  byKeyboard: boolean;
  /** Where focus goes back to when the focused toast closes. */
  returnFocus: () => void;
  notify: (toast: ToastRequest) => void;
}

/** "Wrong link": this name stops linking to this entity on this site, with Undo. */
export function unlinkAlias(alias: string, entity: MatchEntity, action: Action) {
  const { site, byKeyboard, returnFocus, notify } = action;
  void askBackground('suppressAlias', { site, alias, entity: entity.id }).then((result) =>
    notify(
      result.ok
        ? {
            text: `“${alias}” no longer links to ${entity.label} on ${site}.`,
            undo: async () => {
              const undone = await askBackground('restoreAlias', { site, alias, entity: entity.id });
              return undone.ok
                ? { ok: true, text: `“${alias}” links to ${entity.label} again.` }
                : { ok: false, text: `Not undone: ${undone.error.message}` };
            },
            focus: byKeyboard,
            returnFocus,
          }
        : { text: `Not done: ${result.error.message}` },
    ),
  );
}

/** "Pause on this site", with Undo; `keepsClaims`: the reader's claims stay highlighted meanwhile. */
export function pauseSite(keepsClaims: boolean, action: Action) {
  const { site, byKeyboard, returnFocus, notify } = action;
  void askBackground('setSitePaused', { site, paused: true }).then((result) =>
    notify(
      result.ok
        ? {
            text: `Backstory is paused on ${site}.${keepsClaims ? ' Your marked claims stay highlighted.' : ''}`,
            undo: async () => {
              const undone = await askBackground('setSitePaused', { site, paused: false });
              return undone.ok
                ? { ok: true, text: `Backstory is on again on ${site}.` }
                : { ok: false, text: `Not undone: ${undone.error.message}` };
            },
            focus: byKeyboard,
            returnFocus,
          }
        : { text: `Not paused: ${result.error.message}` },
    ),
  );
}
