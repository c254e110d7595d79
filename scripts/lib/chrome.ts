/** Finding a Chromium-family browser to load the unpacked extension into. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome-beta',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
  ],
  win32: [
    join(process.env['LOCALAPPDATA'] ?? '', 'Chromium/Application/chrome.exe'),
    join(process.env['PROGRAMFILES'] ?? 'C:/Program Files', 'Google/Chrome/Application/chrome.exe'),
    join(
      process.env['PROGRAMFILES(X86)'] ?? 'C:/Program Files (x86)',
      'Google/Chrome/Application/chrome.exe',
    ),
    join(process.env['LOCALAPPDATA'] ?? '', 'Google/Chrome/Application/chrome.exe'),
  ],
};

/** The browser to use: `CHROME_PATH` if set, else the first usual install path that exists. */
export function findChrome(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return (candidates[process.platform] ?? []).find((path) => existsSync(path));
}

/** What to tell someone who has no browser Backstory can use. */
export function noChromeMessage(): string {
  const fromEnv = process.env['CHROME_PATH'];
  return [
    fromEnv
      ? `CHROME_PATH is set to "${fromEnv}", but no file exists there.`
      : 'No Chromium or Google Chrome was found in the usual install paths.',
    'Install one, then run this again:',
    '  Debian/Ubuntu:  sudo apt-get install chromium',
    '  macOS:          brew install --cask chromium   (or install Google Chrome)',
    '  Windows:        install Google Chrome from https://www.google.com/chrome/',
    'or point CHROME_PATH at a Chromium-family browser you already have.',
  ].join('\n');
}

/**
 * Flags for a quiet, isolated browser: no sync, no component updates, no background traffic.
 * Branded Chrome ignores --load-extension since version 137 unless this feature is disabled.
 */
export function chromeArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
