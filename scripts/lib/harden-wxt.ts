/**
 * A build-time patch to WXT's content-script context (wxt/utils/content-script-context), which
 * announces every content script start to the page and lets the page stop it:
 *
 * - it calls `window.postMessage(..., "*")` with a type containing the extension's id, so any
 *   page can learn that Backstory is installed, and its id (fingerprinting). The post is removed;
 *   WXT still announces the start with a DOM event, which pages cannot see without the id.
 * - any script that dispatches that DOM event (and knows the id) would invalidate Backstory's
 *   running content script. Only an orphaned script (its extension reloaded or updated, so
 *   `runtime.id` is gone) now stops on it, which is what the event is for.
 *
 * The patch fails the build if WXT's code no longer looks as expected, so an upgrade cannot
 * quietly undo it. test/e2e/hardening.e2e.ts checks both behaviours in the built extension.
 */
import type { Plugin } from 'vite';

const TARGET = /wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
const ANNOUNCE =
  /\n\t\twindow\.postMessage\(\{\n\t\t\ttype: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[\s\S]*?\}, "\*"\);/;
const LISTENER = 'if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;';

export function hardenContentScriptContext(): Plugin {
  return {
    name: 'backstory:harden-content-script-context',
    enforce: 'pre',
    transform(code, id) {
      if (!TARGET.test(id)) return undefined;
      if (!ANNOUNCE.test(code) || !code.includes(LISTENER)) {
        throw new Error(`${id} changed: review scripts/lib/harden-wxt.ts before upgrading WXT`);
      }
      return code
        .replace(ANNOUNCE, '')
        .replace(LISTENER, `${LISTENER}\n\t\t\tif (browser.runtime?.id != null) return;`);
    },
  };
}
