/** What the extension logged to Firefox's console, read from the browser's console service. */
import type { FirefoxSession } from './harness';

/**
 * Errors (not warnings) from the extension's code since Firefox started: its pages (sidebar,
 * options, reader), its background and its content scripts. Errors from the extension process
 * reach the console service without their window id, so they are told apart by script URL.
 *
 * Three known messages are not failures:
 * - zod probes whether it may compile validators with `new Function`; the extension CSP says no,
 *   zod falls back to its interpreter, and Firefox logs the refused eval as a CSP error.
 * - @webext-core/messaging passes `tabs.sendMessage` a callback that never reads `lastError`, so
 *   asking a tab whose content script has not started (the sidebar does, as a page loads) logs
 *   "Unchecked lastError"; the caller already treats the empty reply as unreachable.
 * - Firefox notes when a content script's pending message settles after its page went away
 *   ("Promise resolved while context is inactive"): tabs close and navigate during the tests.
 */
export function extensionErrors(session: FirefoxSession): Promise<string[]> {
  return session.chrome(`(() => {
    const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
    return Services.console
      .getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & quiet))
      .filter((m) => m.sourceName.startsWith(${JSON.stringify(session.origin)}))
      .filter((m) => m.category !== 'CSP_CSPEvalScriptViolation')
      .filter((m) => !m.errorMessage.startsWith('Unchecked lastError value: Error: Could not establish connection.'))
      .filter((m) => !/^Promise (resolved|rejected) (while context is inactive|after context unloaded)/.test(m.errorMessage))
      .map((m) => m.sourceName.slice(${session.origin.length - 1}) + ': ' + m.errorMessage);
  })()`);
}
