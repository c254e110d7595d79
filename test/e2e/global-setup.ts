/**
 * Builds the extension once for the whole end-to-end run and checks that a browser exists. A
 * missing browser fails the run; end-to-end tests are never skipped silently. Two builds: the
 * shipped one, and the benchmark's (the same plus User Timing marks) for the tests that read
 * the scanner's own report of its slices (`harness.ts`, `instrumented`).
 */
import { buildExtension } from '../../scripts/lib/build';
import { findChrome, noChromeMessage } from '../../scripts/lib/chrome';

export default function setup() {
  if (!findChrome()) throw new Error(`End-to-end tests need a browser.\n${noChromeMessage()}`);
  if (process.env['BACKSTORY_E2E_REUSE_BUILD'] !== '1') {
    buildExtension('chrome');
    buildExtension('chrome', 'bench');
  }
}
