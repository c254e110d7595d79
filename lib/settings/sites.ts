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
