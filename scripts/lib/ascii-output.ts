/**
 * A build plugin that writes the content script in ASCII, every other UTF-16 code unit as a
 * `\uXXXX` escape. V8 keeps a script's source for as long as the script lives, and a source with
 * a single curly quote in it is held at two bytes a character: the content script's ~200 KB
 * would cost every page 0.2 MB more heap than it needs. The escape means the same in strings,
 * templates and regular expressions (with or without the `u` flag, where an escaped surrogate
 * pair is one character); the build fails if a character stands where it would not (after a
 * backslash, in `String.raw`).
 */
import type { Plugin } from 'vite';

const NON_ASCII = /[^\0-\x7f]/g;

export function asciiContentScript(): Plugin {
  return {
    name: 'backstory:ascii-content-script',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        if (/\\[^\0-\x7f]/.test(chunk.code) || chunk.code.includes('String.raw'))
          this.error(`${chunk.fileName}: a character cannot be escaped safely`);
        chunk.code = chunk.code.replace(
          NON_ASCII,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}
