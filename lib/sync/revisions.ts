/**
 * Revision bookkeeping for one replicated document, as CouchDB's replication protocol sees it:
 * every version is a revision `N-hash`, each knows its ancestors, and two versions made apart
 * are two leaves of one tree. Backstory keeps, per document, the leaf it shows (`current`), any
 * other live leaves (`conflicts`, until the reader picks one) and the tombstones that close the
 * losing branches of a resolved conflict (`closing`, until they reach the server).
 *
 * Pure: no storage, no network. The merge follows CouchDB's rules, so every replica picks the
 * same winner: a live leaf beats a deleted one, then the higher generation, then the greater
 * revision id.
 */

/** One version of a document. `body` is absent for a leaf whose body lives elsewhere (the claim store). */
export interface Leaf<B> {
  rev: string;
  /** Ancestors of `rev`, parent first, at most `REVS_LIMIT`. */
  history: string[];
  deleted: boolean;
  body?: B;
  /** Made in this browser and not yet known to be on the server. */
  unsent?: boolean;
  /** Characters of the server's JSON for a version received from it: what it costs to keep. */
  size?: number;
}

export interface RevisionState<B> {
  current?: Leaf<B>;
  conflicts: Leaf<B>[];
  /** Tombstones on branches the reader closed by resolving a conflict. */
  closing: Leaf<B>[];
}

/** How many ancestors a leaf remembers; CouchDB keeps 1000 by default, a claim is edited far fewer times. */
export const REVS_LIMIT = 200;

export function generationOf(rev: string): number {
  const gen = Number.parseInt(rev, 10);
  return Number.isSafeInteger(gen) && gen > 0 ? gen : 0;
}

/** A CouchDB revision id: generation, a dash, 32 hex digits. */
export const REV_PATTERN = /^[1-9]\d{0,8}-[0-9a-f]{1,64}$/;

function randomHash(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** The next version after `parent` (or the first version of a new document). */
export function childOf<B>(parent: Leaf<B> | undefined, next: { deleted: boolean; body?: B }): Leaf<B> {
  const rev = `${(parent ? generationOf(parent.rev) : 0) + 1}-${randomHash()}`;
  const history = parent ? [parent.rev, ...parent.history].slice(0, REVS_LIMIT) : [];
  return { rev, history, deleted: next.deleted, body: next.body, unsent: true };
}

/** CouchDB's winner order: negative when `a` wins over `b`. */
export function compareLeaves(a: Leaf<unknown>, b: Leaf<unknown>): number {
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const gen = generationOf(b.rev) - generationOf(a.rev);
  if (gen !== 0) return gen;
  const hashA = a.rev.slice(a.rev.indexOf('-') + 1);
  const hashB = b.rev.slice(b.rev.indexOf('-') + 1);
  return hashA === hashB ? 0 : hashA > hashB ? -1 : 1;
}

const knows = (leaf: Leaf<unknown>, rev: string) => leaf.rev === rev || leaf.history.includes(rev);
const descendsFrom = (leaf: Leaf<unknown>, ancestor: Leaf<unknown>) => leaf.history.includes(ancestor.rev);

/** Whether a revision is already part of what this browser holds (so it need not be fetched). */
export function hasRevision(state: RevisionState<unknown>, rev: string): boolean {
  return [state.current, ...state.conflicts, ...state.closing].some((leaf) => leaf && knows(leaf, rev));
}

export type MergeOutcome =
  /** Nothing new: the revision was known, or an ancestor of what is held. */
  | 'known'
  /** The shown version changed (a newer version, a first version or a deletion). */
  | 'updated'
  /** A version made apart from the one shown: both are kept until the reader picks one. */
  | 'conflict'
  /** A branch that is not shown moved on (or was closed); what is shown is the same. */
  | 'branch';

/**
 * Takes a leaf received from the server into the state. Returns the new state (the input is not
 * changed) and what happened to the shown version.
 */
export function mergeLeaf<B>(
  state: RevisionState<B>,
  incoming: Leaf<B>,
): { state: RevisionState<B>; outcome: MergeOutcome } {
  const received: Leaf<B> = { ...incoming, unsent: false };
  if (hasRevision(state, incoming.rev)) {
    // The server now holds this version: a leaf of ours it matches is no longer unsent.
    const sent = (leaf: Leaf<B>) => (leaf.rev === incoming.rev ? { ...leaf, unsent: false } : leaf);
    return {
      state: {
        current: state.current && sent(state.current),
        conflicts: state.conflicts.map(sent),
        closing: state.closing.filter((leaf) => leaf.rev !== incoming.rev),
      },
      outcome: 'known',
    };
  }
  const { current } = state;
  // A closing tombstone the server already extended is done.
  const closing = state.closing.filter((leaf) => !descendsFrom(received, leaf));
  if (!current || descendsFrom(received, current)) {
    // A newer version of what is shown (possibly a deletion), or the first one seen.
    const conflicts = state.conflicts.filter((leaf) => !descendsFrom(received, leaf));
    return settle({ current: received, conflicts, closing }, 'updated', current);
  }
  const branch = state.conflicts.findIndex((leaf) => descendsFrom(received, leaf));
  if (branch >= 0) {
    const conflicts = state.conflicts.filter((_, i) => i !== branch);
    if (!received.deleted) conflicts.push(received);
    return settle({ current, conflicts, closing }, 'branch', current);
  }
  // Made apart from everything held. A deleted leaf beside a live one is no conflict (CouchDB
  // lists only live leaves as conflicts): the live version stays.
  if (received.deleted) return { state: { current, conflicts: state.conflicts, closing }, outcome: 'known' };
  if (current.deleted)
    return settle({ current: received, conflicts: state.conflicts, closing }, 'updated', current);
  return settle({ current, conflicts: [...state.conflicts, received], closing }, 'conflict', current);
}

/** Puts the winning live leaf in `current`, as every replica will. */
function settle<B>(
  state: RevisionState<B>,
  outcome: MergeOutcome,
  before: Leaf<B> | undefined,
): { state: RevisionState<B>; outcome: MergeOutcome } {
  const leaves = [state.current!, ...state.conflicts].toSorted(compareLeaves);
  const [winner, ...rest] = leaves;
  const conflicts = rest.filter((leaf) => !leaf.deleted);
  const next = { current: winner, conflicts, closing: state.closing };
  const shownChanged = before?.rev !== winner!.rev;
  return { state: next, outcome: conflicts.length > 0 ? 'conflict' : shownChanged ? 'updated' : outcome };
}

/**
 * A local edit (or deletion) of the shown version. Deleting closes every other branch too:
 * otherwise, as in CouchDB, a losing version would come back as the document.
 */
export function editLocally<B, S extends RevisionState<B>>(
  state: S,
  next: { deleted: boolean; body?: B },
): S {
  const current = childOf(state.current, next);
  if (!next.deleted) return { ...state, current };
  return {
    ...state,
    current,
    conflicts: [],
    closing: [...state.closing, ...state.conflicts.map(closeBranch)],
  };
}

const closeBranch = <B>(leaf: Leaf<B>): Leaf<B> => ({ ...childOf(leaf, { deleted: true }), body: undefined });

/**
 * The reader picked one version of a conflicted document. The chosen body becomes a new version
 * on top of the shown leaf; every other branch is closed with a tombstone, so replicas that
 * receive both agree that the conflict is over.
 */
export function resolveConflict<B>(state: RevisionState<B>, chosen: B): RevisionState<B> {
  const current = childOf(state.current, { deleted: false, body: chosen });
  const closing = [...state.closing, ...state.conflicts.map(closeBranch)];
  return { current, conflicts: [], closing };
}

/** Every leaf this browser made that the server may not hold yet. */
export function unsentLeaves<B>(state: RevisionState<B>): Leaf<B>[] {
  return [state.current, ...state.conflicts, ...state.closing].filter(
    (leaf): leaf is Leaf<B> => leaf !== undefined && leaf.unsent === true,
  );
}

/** CouchDB's `_revisions` for a leaf: its generation and the hashes of it and its ancestors. */
export function revisionsOf(leaf: Leaf<unknown>): { start: number; ids: string[] } {
  return {
    start: generationOf(leaf.rev),
    ids: [leaf.rev, ...leaf.history].map((rev) => rev.slice(rev.indexOf('-') + 1)),
  };
}

/** The reverse of `revisionsOf`: a leaf's revision and ancestors from CouchDB's `_revisions`. */
export function fromRevisions(revisions: { start: number; ids: string[] }): {
  rev: string;
  history: string[];
} {
  const all = revisions.ids.slice(0, REVS_LIMIT + 1).map((id, i) => `${revisions.start - i}-${id}`);
  return { rev: all[0]!, history: all.slice(1) };
}
