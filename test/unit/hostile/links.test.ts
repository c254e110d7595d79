/**
 * Where Backstory's UI could turn a string into a link or markup. Today it renders no `<a href>`
 * at all (claims and sources open through `tabs.create` with an address the schemas have
 * checked) and writes no HTML from strings; these tripwires fail when either changes, so the
 * change comes with an http(s) check (`lib/web-url.ts`) and a test of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReaderQuery, readerPath } from '@/lib/extension-pages/reader-link';
import { projectRoot } from '../../../scripts/lib/build';
import { payloads } from '../../fixtures/hostile/payloads';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const uiFiles = ['components', 'entrypoints', 'lib'].flatMap((dir) => sources(join(projectRoot, dir)));

const matches = (pattern: RegExp) =>
  uiFiles.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${relative(projectRoot, file)}:${i + 1}` }))
      // Code only: doc comments may well show markup.
      .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && pattern.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );

describe('links and markup in the UI code', () => {
  it('renders no <a href> or other navigating attribute from JSX', () => {
    expect(uiFiles.length).toBeGreaterThan(50);
    expect(matches(/<a[\s>]|\s(href|action|formAction|srcdoc|srcDoc)=\{/)).toEqual([]);
  });

  it('writes no HTML from strings', () => {
    expect(
      matches(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|dangerouslySetInnerHTML/,
      ),
    ).toEqual([]);
  });

  it('sets an element address only for the claim form frame and the export download', () => {
    expect(matches(/\.(href|src)\s*=(?!=)|\ssrc=\{/).map((m) => m.split(':')[0])).toEqual([
      'components/ClaimMarker.tsx',
      'lib/extension-pages/download.ts',
    ]);
  });
});

describe('reader links', () => {
  it('open only a slug source, whatever a hostile query string says', () => {
    const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
    const opened = payloads.filter((p) => parseReaderQuery(query({ source: p.text, start: '0', end: '5' })));
    expect(opened.map((p) => p.id)).toEqual([]);
    const located = payloads.map((p) =>
      parseReaderQuery(query({ source: 'seed-000', start: p.text, end: '5' })),
    );
    expect(located).toEqual(payloads.map(() => ({ source: 'seed-000' })));
    expect(readerPath({ source: 'seed-000', start: 1, end: 4 })).toBe(
      '/reader.html?source=seed-000&start=1&end=4',
    );
  });
});
