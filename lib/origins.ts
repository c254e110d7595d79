/** Comparing web addresses by origin, for every wing (the background, Backstory's own pages). */

/** The same origin (scheme, host and port) of http(s) addresses; false for anything that does not parse. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    return (x.protocol === 'http:' || x.protocol === 'https:') && x.origin === new URL(b).origin;
  } catch {
    return false;
  }
}
