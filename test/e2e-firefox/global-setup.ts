/**
 * Builds the Firefox target once for the run and checks that Firefox exists. A missing Firefox
 * fails the run: these tests are never skipped silently.
 */
import { buildExtension } from '../../scripts/lib/build';
import { findFirefox, noFirefoxMessage } from '../../scripts/lib/firefox';

export default function setup() {
  if (!findFirefox()) throw new Error(`Firefox end-to-end tests need Firefox.\n${noFirefoxMessage()}`);
  if (process.env['BACKSTORY_E2E_REUSE_BUILD'] !== '1') buildExtension('firefox');
}
