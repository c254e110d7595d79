/**
 * A build-time patch to Preact that removes its one way of writing raw HTML into the DOM
 * (`dangerouslySetInnerHTML`, which assigns `innerHTML`). Backstory never renders markup from
 * strings, so the path is dead code; removing it means no future change can reintroduce it by
 * accident, and Mozilla's linter (web-ext lint, UNSAFE_VAR_ASSIGNMENT) has nothing to flag.
 * A component that still passes `dangerouslySetInnerHTML` now throws instead of rendering.
 *
 * The build fails if Preact's code no longer has the expected assignment, so an upgrade cannot
 * quietly bring it back; `npm test` runs web-ext lint and fails on any warning.
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const RAW_HTML = /\b\w+\.innerHTML=(\w+)\.__html/g;

export function withoutRawHtml(): Plugin {
  return {
    name: 'backstory:without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return undefined;
      const found = code.match(RAW_HTML)?.length ?? 0;
      if (found !== 1) {
        throw new Error(`${id} changed (${found} innerHTML writes): review scripts/lib/no-raw-html.ts`);
      }
      return code.replace(
        RAW_HTML,
        '(()=>{throw new Error("Backstory renders no raw HTML (dangerouslySetInnerHTML)")})()',
      );
    },
  };
}
