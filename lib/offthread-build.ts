/**
 * Whether this build matches page text in the background (issue #19's off-thread experiment,
 * `BACKSTORY_OFFTHREAD=1` at build time): a constant, so a build leaves out the path it does not
 * take. Read by the content script (which matcher to use) and the background (whether to warm
 * its block matcher as soon as it starts).
 */
declare const BACKSTORY_OFFTHREAD_BUILD: boolean | undefined;

export const OFFTHREAD_BUILD =
  typeof BACKSTORY_OFFTHREAD_BUILD !== 'undefined' && BACKSTORY_OFFTHREAD_BUILD === true;
