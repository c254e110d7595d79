/**
 * `npm test`: every check the project has, in order, the same on a laptop and in CI. A failing
 * step does not stop the rest, so one run shows everything that is wrong; the last line sums up
 * all suites as `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefoxProblem } from './lib/firefox';

interface Step {
  name: string;
  command: string[];
  /** Vitest suites report per-test counts through a JSON file. */
  vitest?: boolean;
  /**
   * Why this machine cannot run the step, if it cannot. On a laptop the step is then reported as
   * skipped, with the reason; in CI (`CI` set) it runs anyway and fails, so CI never skips it.
   */
  unavailable?: () => string | undefined;
}

const steps: Step[] = [
  { name: 'type-check', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'house plan', command: ['npm', 'run', '--silent', 'check:house-plan'] },
  { name: 'format', command: ['npm', 'run', '--silent', 'format:check'] },
  { name: 'knowledge base (kb:check)', command: ['npm', 'run', '--silent', 'kb:check'] },
  { name: 'firefox build + web-ext lint', command: ['npm', 'run', '--silent', 'lint:firefox'] },
  { name: 'unit', command: ['npx', 'vitest', 'run'], vitest: true },
  {
    name: 'end-to-end',
    command: ['npx', 'vitest', 'run', '--config', 'test/e2e/vitest.config.ts'],
    vitest: true,
  },
  {
    name: 'end-to-end (firefox)',
    command: ['npx', 'vitest', 'run', '--config', 'test/e2e-firefox/vitest.config.ts'],
    vitest: true,
    unavailable: firefoxProblem,
  },
];

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  skipped?: string;
}

function vitestCounts(file: string): { passed: number; failed: number } | undefined {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return undefined;
  }
}

const only = process.argv.slice(2);
const reportDir = mkdtempSync(join(tmpdir(), 'backstory-test-'));
const outcomes: Outcome[] = [];

for (const step of steps.filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)))) {
  console.log(`\n▶ ${step.name}`);
  const missing = process.env['CI'] ? undefined : step.unavailable?.();
  if (missing) {
    console.log(`Skipped on this machine (CI would fail here):\n${missing}`);
    outcomes.push({ name: step.name, passed: 0, failed: 0, seconds: 0, skipped: missing.split('\n')[0] });
    continue;
  }
  const started = Date.now();
  const reportFile = join(reportDir, `${outcomes.length}.json`);
  const command = step.vitest
    ? [...step.command, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]
    : step.command;
  const result = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit' });
  const ok = result.status === 0;
  const counts = step.vitest ? vitestCounts(reportFile) : undefined;
  // A crashed suite that wrote no report still counts as a failure.
  const passed = counts?.passed ?? (ok ? 1 : 0);
  const failed = counts ? counts.failed + (ok || counts.failed > 0 ? 0 : 1) : ok ? 0 : 1;
  outcomes.push({ name: step.name, passed, failed, seconds: (Date.now() - started) / 1000 });
}
rmSync(reportDir, { recursive: true, force: true });

console.log('\nSummary');
for (const o of outcomes) {
  console.log(
    o.skipped
      ? `  – ${o.name.padEnd(30)} SKIPPED: ${o.skipped}`
      : `  ${o.failed ? '✗' : '✓'} ${o.name.padEnd(30)} ${o.passed} passed, ${o.failed} failed (${o.seconds.toFixed(1)} s)`,
  );
}
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
