/** Finding a stock Firefox to run the Firefox build in, and keeping it quiet. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The oldest Firefox the Firefox build installs in (its manifest's `strict_min_version`,
 * wxt.config.ts). The end-to-end harness needs it too: it reaches the browser window's own scope
 * over WebDriver BiDi, which Firefox 140 ESR does not offer.
 */
export const FIREFOX_MIN_MAJOR = 142;

const candidates: Record<string, string[]> = {
  linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  win32: [join(process.env['PROGRAMFILES'] ?? 'C:/Program Files', 'Mozilla Firefox/firefox.exe')],
};

/** The Firefox to use: `FIREFOX_PATH` if set, else the first usual install path that exists. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return (candidates[process.platform] ?? []).find((path) => existsSync(path));
}

/** The major version a Firefox reports of itself (`firefox --version`), if it says. */
export function firefoxMajor(path: string): number | undefined {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const version = /Firefox\s+(\d+)\./.exec(run.stdout ?? '');
  return version ? Number(version[1]) : undefined;
}

/**
 * Why the Firefox end-to-end tests cannot run here, in plain words, or undefined when they can:
 * no Firefox, or one too old to install the build (Debian's lists, when not updated, still offer
 * Firefox 140 ESR, which refuses the add-on with a protocol error deep in the harness).
 */
export function firefoxProblem(): string | undefined {
  const path = findFirefox();
  if (!path) return noFirefoxMessage();
  const major = firefoxMajor(path);
  if (major !== undefined && major < FIREFOX_MIN_MAJOR)
    return [
      `The Firefox at ${path} is version ${major}; the Firefox build needs ${FIREFOX_MIN_MAJOR} or later.`,
      'Update it, then run this again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install firefox-esr',
      'or point FIREFOX_PATH at a newer Firefox.',
    ].join('\n');
  return undefined;
}

/** What to tell someone who has no Firefox for the Firefox end-to-end tests. */
export function noFirefoxMessage(): string {
  const fromEnv = process.env['FIREFOX_PATH'];
  return [
    fromEnv
      ? `FIREFOX_PATH is set to "${fromEnv}", but no file exists there.`
      : 'No Firefox was found in the usual install paths.',
    `Install Firefox ${FIREFOX_MIN_MAJOR} or later, then run this again:`,
    '  Debian/Ubuntu:  sudo apt-get install firefox-esr',
    '  macOS:          brew install --cask firefox',
    'or point FIREFOX_PATH at a Firefox you already have.',
  ].join('\n');
}

/**
 * Preferences for a throwaway test profile, on top of the ones puppeteer already sets (no
 * updates, no Normandy, no safe browsing, remote settings pointed at a dead host). These switch
 * off the rest of Firefox's own traffic, so a machine without network neither waits on it nor
 * mistakes it for the extension's.
 */
export const quietFirefoxPrefs: Record<string, string | number | boolean> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.topsites.contile.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'geo.provider.network.url': '',
  'media.gmp-gmpopenh264.autoupdate': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};
