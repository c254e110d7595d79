import { preact } from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hardenContentScriptContext } from './scripts/lib/harden-wxt';
import { asciiContentScript } from './scripts/lib/ascii-output';
import { remangleContentScript } from './scripts/lib/remangle';
import { withoutRawHtml } from './scripts/lib/no-raw-html';
import { wordListsOutside } from './scripts/lib/word-lists-outside';
import { FIREFOX_MIN_MAJOR } from './scripts/lib/firefox';

// The benchmark's build (BACKSTORY_BUILD=bench, scripts/lib/build.ts) is the shipped one plus
// User Timing marks, in a folder of its own so the two never mix (lib/dom/timing.ts).
const bench = process.env['BACKSTORY_BUILD'] === 'bench';
// The profiling build (bench/profile.ts): the benchmark's, unminified and with source maps.
const profile = bench && process.env['BACKSTORY_PROFILE'] === '1';

/**
 * Terser for the content script. No property mangling: message and storage shapes are plain
 * object keys shared with the background. `wrap_iife` keeps the script's outer function in
 * parentheses, as esbuild writes it: V8 then compiles it at once instead of pre-parsing it and
 * parsing it again when it runs at once (bench/ab.ts `compileMs`).
 */
const CONTENT_SCRIPT_TERSER = {
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { wrap_iife: true },
} as const;

// Manifest options that belong to a single entrypoint (content script matches, side panel,
// popup) live in that entrypoint; only extension-wide keys are set here.
export default defineConfig({
  manifestVersion: 3,
  // BACKSTORY_DIST: the benchmarks' own output folder (scripts/lib/build.ts).
  outDir: process.env['BACKSTORY_DIST'] ?? 'dist',
  ...(bench ? { outDirTemplate: `{{browser}}-mv{{manifestVersion}}-${profile ? 'profile' : 'bench'}` } : {}),
  // The extension never needs the dev server's auto-reload: builds are what we test.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The backstory of what you read: people, states, organisations and events in the news, from a sourced knowledge base bundled with the extension.',
    // Beyond what entrypoints add (WXT adds "sidePanel" for the side panel): the "Mark claim"
    // item on the context menu of a text selection.
    permissions: ['contextMenus'],
    // Team sync (off by default): the browser asks for the one server's origin when the reader
    // connects to it, and Backstory gives it up when the server is removed.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The claim form is framed next to the selection so the page cannot read what is typed in
    // it; framing needs it web-accessible. A dynamic URL (new every session) keeps pages from
    // probing for it to learn that Backstory is installed.
    web_accessible_resources: [
      {
        resources: ['claim-form.html'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next mention on the page and show its backstory',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous mention on the page and show its backstory',
      },
      'mark-claim': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Mark the selected text as a claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: `${FIREFOX_MIN_MAJOR}.0`,
              // Backstory collects and transmits nothing, unless the reader connects a team server:
              // then the claims they share (quotes, page addresses, notes) and their name go to it,
              // and Firefox asks for these when they connect (entrypoints/options/Sync.tsx).
              data_collection_permissions: {
                required: ['none'],
                optional: ['websiteContent', 'browsingActivity', 'personallyIdentifyingInfo'],
              },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script runs on every page, so its size counts on every page (bench
    // content_script_kb_gzip): Terser packs it about 4 % smaller than esbuild. Other entrypoints
    // keep esbuild, which builds the large background script much faster.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      // Its word lists come with the matcher from the background (lib/match/word-list.ts).
      config.plugins = [...(config.plugins ?? []), wordListsOutside()];
      if (profile) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: CONTENT_SCRIPT_TERSER };
    },
  },
  vite: () => ({
    // BACKSTORY_PROFILE=1 keeps names readable in CPU profiles (bench/profile.ts).
    // BACKSTORY_SOURCEMAP=1: the shipped build plus source maps the script does not point to, for
    // bench/bundle-breakdown.ts (which module the content script's bytes come from).
    build: profile
      ? { minify: false, sourcemap: true }
      : process.env['BACKSTORY_SOURCEMAP'] === '1'
        ? { sourcemap: 'hidden' as const }
        : {},
    define: {
      BACKSTORY_TIMING_MARKS_BUILD: JSON.stringify(bench),
      // Issue #19: pages match their text in the background while its matcher is warm
      // (entrypoints/content/remote-matcher.ts). On by default; BACKSTORY_OFFTHREAD=0 builds the
      // old path, every page matching for itself, to benchmark against (bench/ab.ts).
      BACKSTORY_OFFTHREAD_BUILD: JSON.stringify(process.env['BACKSTORY_OFFTHREAD'] !== '0'),
    },
    plugins: [
      preact(),
      hardenContentScriptContext(),
      withoutRawHtml(),
      // After minification and before the ASCII escapes (both in generateBundle, in this order).
      ...(profile ? [] : [remangleContentScript()]),
      asciiContentScript(),
      {
        name: 'backstory:quiet-invalid-annotations',
        // zod ships doc comments where Rollup expects pure annotations: harmless, and noisy.
        onLog: (_level, log) => !(log.code === 'INVALID_ANNOTATION' && log.id?.includes('node_modules')),
      },
    ],
  }),
});
