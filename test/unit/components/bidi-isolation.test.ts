/**
 * Strings a file or page supplies (notes, tags, linked entities' labels, a file's name and keys)
 * are drawn in an element of their own that isolates them (`<bdi>`, or `dir="auto"`): a bidi
 * control in them (U+202E) cannot reorder Backstory's words around them, and an Urdu note takes
 * its own direction. They stay Preact text, never markup.
 */
import { h, render, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import { ImportPreviewBox } from '@/components/ImportPreviewBox';
import { IssueList } from '@/components/IssueList';
import type { ImportPreview } from '@/lib/import/plan';
import { savedClaim } from '../claims/claim-fixture';
import { useLinkedomDocument } from './linkedom-document';

const RLO = '\u202E';
const controls = /[\u202A-\u202E\u2066-\u2069]/;

const { document } = useLinkedomDocument();

/** Text nodes holding a bidi control whose element neither is a `<bdi>` nor sets `dir`. */
function unisolated(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3 && controls.test(node.textContent ?? '')) {
      const parent = node.parentElement!;
      if (parent.localName !== 'bdi' && !parent.hasAttribute('dir'))
        found.push(`<${parent.localName}> ${JSON.stringify(node.textContent)}`);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

function drawn<P>(vnode: VNode<P>): Element {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
}

const counts: ImportPreview['counts'] = {
  new: 1,
  updated: 0,
  unchanged: 0,
  kept: 0,
  invalid: 1,
  relations: 0,
  samePassage: 0,
  samePassageAdding: 0,
  samePassageOwn: 0,
  changed: 0,
};

describe('user and file strings are isolated', () => {
  it('in the claim card: note, tags and linked entities', () => {
    const claim = savedClaim({
      note: `See ${RLO}the other report`,
      tags: [`tv${RLO}news`],
      entities: [`asim-munir`, `x${RLO}y`],
    });
    const root = drawn(
      h(ClaimCard, {
        claim,
        entityLabel: (id: string) => id,
        onJump: () => undefined,
        onSave: () => undefined,
        onDelete: () => undefined,
      }),
    );
    expect(root.textContent).toContain(`See ${RLO}the other report`);
    expect(unisolated(root)).toEqual([]);
    expect(root.querySelector('.claim-note')?.getAttribute('dir')).toBe('auto');
  });

  it('in the import preview and its problem lines: the file’s name and keys', () => {
    const preview: ImportPreview = {
      format: 'backstory',
      counts,
      samePassage: 'skip',
      problems: [],
      hasSettings: false,
      authors: [`Alice ${RLO}Doe`, 'Bob'],
      moreAuthors: false,
    };
    const box = drawn(
      h(ImportPreviewBox, {
        name: `claims${RLO}nosj.exe`,
        preview,
        includeSettings: false,
        onIncludeSettings: () => undefined,
        choice: 'skip',
        onChoice: () => undefined,
        onImport: () => undefined,
        onCancel: () => undefined,
      }),
    );
    const issues = drawn(
      h(IssueList, { issues: [{ path: `claims[0].${RLO}eton`, message: 'is too long' }] }),
    );
    expect(box.textContent).toContain(`marked by Alice ${RLO}Doe and Bob.`);
    expect(unisolated(box)).toEqual([]);
    expect(unisolated(issues)).toEqual([]);
  });
});
