/**
 * Whether this build may match page text in the background (issue #19; on by default,
 * `BACKSTORY_OFFTHREAD=0` at build time turns it off, to benchmark the old path): a constant, so
 * a build leaves out the path it does not take. Read by the content script (whether it may send
 * its blocks there, while the background's matcher is warm) and the background (whether it
 * answers them and warms its block matcher).
 */
declare const BACKSTORY_OFFTHREAD_BUILD: boolean | undefined;

/** Undefined outside a WXT build (the unit tests, scripts run by tsx): the default, on. */
export const OFFTHREAD_BUILD =
  typeof BACKSTORY_OFFTHREAD_BUILD === 'undefined' || BACKSTORY_OFFTHREAD_BUILD === true;
