import { describe, expect, it } from 'vitest';
import { housePlanBreaches, importCircles, importGraph } from '../../../scripts/lib/house-plan';

const file = (path: string, text: string) => ({ path, text });

describe('the house plan check', () => {
  it('passes a project that keeps the plan', () => {
    const files = [
      file(
        'lib/background/db/open-database.ts',
        "import { openDB } from 'idb';\nexport const open = openDB;\n",
      ),
      file('lib/claims/schema.ts', 'export type Claim = { id: string };\n'),
      file(
        'lib/background/claims/store.ts',
        "import type { Claim } from '@/lib/claims/schema';\nimport { open } from '../db/open-database';\n",
      ),
      file(
        'entrypoints/sidepanel/App.tsx',
        "import type { Claim } from '@/lib/claims/schema';\nimport { h } from 'preact';\n",
      ),
    ];
    expect(housePlanBreaches(files)).toEqual([]);
  });

  it('finds an import circle through aliases, relative paths and index files', () => {
    const graph = importGraph([
      file('lib/a.ts', "import { b } from '@/lib/b';\n"),
      file('lib/b.ts', "export { c } from './c/index';\n"),
      file('lib/c/index.ts', "const a = await import('../a');\n"),
      file('lib/d.ts', "import '@/lib/a';\n"),
    ]);
    expect(importCircles(graph)).toEqual([['lib/a.ts', 'lib/b.ts', 'lib/c/index.ts']]);
  });

  it('names a module over 300 lines, IndexedDB outside the wing and imports into the wing', () => {
    const breaches = housePlanBreaches([
      file('lib/long.ts', 'export const x = 1;\n'.repeat(301)),
      file('lib/kb/store.ts', "import { openDB } from 'idb';\n"),
      file('lib/background/db.ts', 'export const db = 1;\n'),
      file('entrypoints/popup/App.tsx', "import { db } from '@/lib/background/db';\n"),
    ]);
    expect(breaches).toEqual([
      'lib/long.ts has 301 lines, over the 300-line limit: split it by job.',
      'lib/kb/store.ts uses IndexedDB outside the background wing: move that code under lib/background/.',
      'entrypoints/popup/App.tsx imports lib/background/db.ts from the background wing: ask the background through messaging, or move shared types beside their schema.',
    ]);
  });
});
