/**
 * Builds the Firefox target once for the run and checks that a Firefox new enough for it exists.
 * A missing or too old Firefox fails the run: these tests are never skipped silently.
 */
import { buildExtension } from '../../scripts/lib/build';
import { firefoxProblem } from '../../scripts/lib/firefox';

export default function setup() {
  const problem = firefoxProblem();
  if (problem) throw new Error(`The Firefox end-to-end tests cannot run.\n${problem}`);
  if (process.env['BACKSTORY_E2E_REUSE_BUILD'] !== '1') buildExtension('firefox');
}
