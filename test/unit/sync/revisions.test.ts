/** CouchDB's revision rules as Backstory applies them: merges, winners, conflicts, resolution. */
import { describe, expect, it } from 'vitest';
import {
  childOf,
  compareLeaves,
  editLocally,
  fromRevisions,
  mergeLeaf,
  resolveConflict,
  revisionsOf,
  unsentLeaves,
  type Leaf,
  type RevisionState,
} from '@/lib/sync/revisions';

const empty = (): RevisionState<string> => ({ conflicts: [], closing: [] });
const leaf = (rev: string, history: string[], body?: string, deleted = false): Leaf<string> => ({
  rev,
  history,
  deleted,
  body,
});

describe('revisions', () => {
  it('makes each local edit a child of the last version, and remembers it unsent', () => {
    const first = editLocally(empty(), { deleted: false, body: 'a' });
    const second = editLocally(first, { deleted: false, body: 'b' });
    expect(first.current!.rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(second.current!.rev).toMatch(/^2-/);
    expect(second.current!.history).toEqual([first.current!.rev]);
    expect(unsentLeaves(second)).toEqual([second.current]);
  });

  it('takes a newer version of what is shown, and ignores one it already has', () => {
    const state = { ...empty(), current: leaf('1-a', [], 'a') };
    const newer = mergeLeaf(state, leaf('2-b', ['1-a'], 'b'));
    expect(newer.outcome).toBe('updated');
    expect(newer.state.current!.body).toBe('b');
    expect(mergeLeaf(newer.state, leaf('1-a', [], 'a')).outcome).toBe('known');
  });

  it('keeps both versions made apart, and every replica shows the same one', () => {
    const base = leaf('1-a', [], 'base');
    const mine = leaf('2-aaa', ['1-a'], 'mine');
    const theirs = leaf('2-fff', ['1-a'], 'theirs');
    const here = mergeLeaf({ ...empty(), current: mine }, theirs);
    const there = mergeLeaf({ ...empty(), current: theirs }, mine);
    expect(here.outcome).toBe('conflict');
    expect(there.outcome).toBe('conflict');
    // CouchDB's rule: same generation, the greater revision id wins.
    expect(here.state.current!.body).toBe('theirs');
    expect(there.state.current!.body).toBe('theirs');
    expect(here.state.conflicts.map((l) => l.body)).toEqual(['mine']);
    expect(mergeLeaf({ ...empty(), current: base }, mine).outcome).toBe('updated');
  });

  it('prefers a live version over a deletion made apart (an edit beats a concurrent delete)', () => {
    const edited = leaf('2-b', ['1-a'], 'edited');
    const deleted = leaf('2-c', ['1-a'], undefined, true);
    expect(mergeLeaf({ ...empty(), current: edited }, deleted).state.current!.body).toBe('edited');
    const revived = mergeLeaf({ ...empty(), current: deleted }, edited);
    expect(revived.state.current!.body).toBe('edited');
    expect(revived.state.conflicts).toEqual([]);
    expect(compareLeaves(edited, deleted)).toBeLessThan(0);
  });

  it('resolves a conflict with a new version on the shown branch and tombstones on the others', () => {
    const conflicted = mergeLeaf(
      { ...empty(), current: leaf('2-a', ['1-x'], 'A') },
      leaf('2-b', ['1-x'], 'B'),
    ).state;
    const resolved = resolveConflict(conflicted, 'A');
    expect(resolved.conflicts).toEqual([]);
    expect(resolved.current!.history[0]).toBe(conflicted.current!.rev);
    expect(resolved.closing).toHaveLength(1);
    expect(resolved.closing[0]!.deleted).toBe(true);
    expect(resolved.closing[0]!.history[0]).toBe(conflicted.conflicts[0]!.rev);

    // The other device, receiving both, ends with no conflict and the chosen body.
    let other = mergeLeaf(
      { ...empty(), current: leaf('2-b', ['1-x'], 'B') },
      leaf('2-a', ['1-x'], 'A'),
    ).state;
    for (const sent of [resolved.current!, ...resolved.closing]) other = mergeLeaf(other, sent).state;
    expect(other.conflicts).toEqual([]);
    expect(other.current!.body).toBe('A');
  });

  it('deleting a conflicted document closes every branch, so no version comes back', () => {
    const conflicted = mergeLeaf(
      { ...empty(), current: leaf('2-a', ['1-x'], 'A') },
      leaf('2-b', ['1-x'], 'B'),
    ).state;
    const deleted = editLocally(conflicted, { deleted: true });
    expect(deleted.current!.deleted).toBe(true);
    expect(deleted.conflicts).toEqual([]);
    expect(deleted.closing.map((l) => l.deleted)).toEqual([true]);
  });

  it("writes and reads CouchDB's _revisions", () => {
    const child = childOf(leaf('3-c', ['2-b', '1-a']), { deleted: false });
    const revisions = revisionsOf(child);
    expect(revisions.start).toBe(4);
    expect(revisions.ids.slice(1)).toEqual(['c', 'b', 'a']);
    expect(fromRevisions(revisions)).toEqual({ rev: child.rev, history: ['3-c', '2-b', '1-a'] });
  });
});
