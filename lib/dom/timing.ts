/**
 * User Timing marks for Backstory's work on a page (`backstory:scan-start`, `…:first-highlights`,
 * `…:scan-end`, `…:reanchor-start`, `…:reanchor-end`). They cost next to nothing, show up in the
 * browser's performance tools, and let the benchmark time the real extension from outside.
 */
export function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(`backstory:${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // A page that replaced `performance` cannot stop Backstory from working.
  }
}
