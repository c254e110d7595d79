/** Which sites Backstory runs on, decided without the zod schemas (content scripts use this). */

interface SiteSettings {
  siteMode: 'all' | 'listed';
  enabledSites: readonly string[];
  pausedSites: readonly string[];
}

/** Whether `site` (a host name) is `listed` or a subdomain of a listed site. */
export function siteListed(site: string, listed: readonly string[]): boolean {
  return listed.some((entry) => site === entry || site.endsWith(`.${entry}`));
}

/** Whether Backstory runs on a host under these settings. */
export function runsOn(settings: SiteSettings, site: string): boolean {
  if (siteListed(site, settings.pausedSites)) return false;
  return settings.siteMode === 'all' || siteListed(site, settings.enabledSites);
}

/**
 * Settings as one site needs them: its own entries of the site lists and of "Wrong entity here",
 * none of the others'. A content script is sent only these, so a page (its renderer compromised)
 * cannot read which other sites the reader paused, listed or corrected, a list of sites they read.
 */
export function settingsForSite<T extends SiteSettings & { suppressed: readonly { site: string }[] }>(
  settings: T,
  site: string,
): T {
  const applies = (entry: string) => siteListed(site, [entry]);
  return {
    ...settings,
    enabledSites: settings.enabledSites.filter(applies),
    pausedSites: settings.pausedSites.filter(applies),
    suppressed: settings.suppressed.filter((s) => s.site === site),
  };
}
