/**
 * The echo index in two layers: a base built from every entry at once (one sort of every
 * shingle), and a small layer of the entries added or changed since, with the base's entries
 * removed or changed since left out. Saving one claim among a hundred thousand then costs an
 * index of one entry, not a sort of millions of shingles; the base is rebuilt whole once the
 * layer grows past `MAX_LAYER`.
 */
import { findEchoes } from './find-echoes';
import { indexPrepared, type EchoHit, type EchoIndex, type PreparedEntry } from './index';
import type { PhraseTable } from './terms';

/** Entries added or removed since the base before it is rebuilt whole. */
export const MAX_LAYER = 2_000;

export interface LayeredIndex {
  base: EchoIndex;
  /** The base's entries' texts, by id, to tell what changed since. */
  baseTexts: Map<string, string>;
  /** Entries added or changed since the base was built. */
  layer: EchoIndex;
  /** Base entries removed or changed since: their hits are left out. */
  removed: Set<string>;
}

/** The index for `entries`: the previous base with a layer when little changed, else rebuilt. */
export function layerIndex(
  previous: LayeredIndex | undefined,
  entries: readonly PreparedEntry[],
): LayeredIndex {
  if (previous) {
    const added = entries.filter((e) => previous.baseTexts.get(e.id) !== e.text);
    if (added.length <= MAX_LAYER) {
      const now = new Map(entries.map((e) => [e.id, e.text]));
      const removed = new Set<string>();
      for (const [id, text] of previous.baseTexts) if (now.get(id) !== text) removed.add(id);
      if (removed.size <= MAX_LAYER)
        return { base: previous.base, baseTexts: previous.baseTexts, layer: indexPrepared(added), removed };
    }
  }
  return {
    base: indexPrepared(entries),
    baseTexts: new Map(entries.map((e) => [e.id, e.text])),
    layer: indexPrepared([]),
    removed: new Set(),
  };
}

/** `findEchoes` over both layers: what a single index of the same entries would find. */
export function findInLayers(
  index: LayeredIndex,
  text: string,
  table: PhraseTable,
  options: { breaks?: readonly number[]; minContainment?: number } = {},
): EchoHit[] {
  const { base, layer } = index;
  if (layer.ids.length === 0)
    return findEchoes(base, text, table, options).filter((hit) => !index.removed.has(hit.id));
  return [
    ...findEchoes(base, text, table, { ...options, alongside: layer }).filter(
      (hit) => !index.removed.has(hit.id),
    ),
    ...findEchoes(layer, text, table, { ...options, alongside: base }),
  ];
}
