/**
 * Builds the Firefox target and runs Mozilla's `web-ext lint` on it. Errors and warnings both
 * fail: a warning (an unsafe innerHTML, a manifest key Firefox ignores) is a finding to fix.
 */
import { spawnSync } from 'node:child_process';
import { buildExtension } from './lib/build';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const dir = buildExtension('firefox');
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
});
let report: { errors: LintMessage[]; warnings: LintMessage[] };
try {
  report = JSON.parse(run.stdout) as typeof report;
} catch {
  console.error(`web-ext lint did not produce a report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings'] as const) {
  for (const m of report[kind]) console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
process.exit(report.errors.length + report.warnings.length > 0 ? 1 : 0);
