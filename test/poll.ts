/**
 * How long an end-to-end test waits for a condition before it fails. Tests wait for states
 * (DOM, highlights, database, marks), never for time; this is only the point at which a state
 * that never comes is called a failure, sized for a busy two-core machine running other work.
 */
export const POLL = { timeout: 60_000 } as const;

/**
 * Resolves once `condition()` holds, checking every `interval` ms; fails after `POLL.timeout`.
 * For waits inside test steps, where `expect.poll` would be an assertion in a branch.
 */
export async function until(condition: () => Promise<boolean>, what: string, interval = 20): Promise<void> {
  const deadline = Date.now() + POLL.timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${POLL.timeout} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * For a whole scan of an extreme page (10 MB of text, 100,000 text nodes), which on a two-core
 * machine at load 30 has taken over a minute: still only the point at which it is a hang.
 */
export const SCAN_POLL = { timeout: 300_000 } as const;
