/**
 * Handing the compiled matcher from the background to each page in pieces. Extension messages
 * are JSON: a 100,000-alias matcher is over ten megabytes, and receiving it as one message
 * means parsing it in one task (a long task on every page load). In pieces of half a megabyte
 * each reply is parsed in its own short task, and the page decodes one field at a time.
 */
import type { CompiledDictionary } from './dictionary';
import type { MatchEntity } from './from-kb';
import { deserializeDictionary, type SerializedDictionary } from './serialize';

export const PIECE_SIZE = 512 * 1024;
const ENTITIES_PER_PIECE = 2000;

type TextField = Exclude<keyof SerializedDictionary, 'mask' | 'rootMask'>;
const textFields: TextField[] = [
  'aliasText',
  'aliasStart',
  'rootHash',
  'rootChild',
  'aliasEntityStart',
  'aliasEntities',
  'aliasFlags',
  'aliasContext',
  'aliasCapital',
  'aliasCity',
  'slotParent',
  'slotHash',
  'slotChild',
  'nodeStart',
  'nodeAliases',
];

/** What a page needs to know before asking for the pieces. */
export interface MatcherManifest {
  version: string;
  mask: number;
  rootMask: number;
  /** In order: each dictionary field's pieces, then the entities' (JSON arrays). */
  layout: { field: TextField | 'entities'; pieces: number }[];
  pieces: number;
}

export interface SplitMatcher {
  manifest: MatcherManifest;
  pieces: string[];
}

export function splitMatcher(
  version: string,
  dictionary: SerializedDictionary,
  entities: readonly MatchEntity[],
  pieceSize = PIECE_SIZE,
): SplitMatcher {
  const pieces: string[] = [];
  const layout: MatcherManifest['layout'] = [];
  for (const field of textFields) {
    const text = dictionary[field];
    const count = Math.max(1, Math.ceil(text.length / pieceSize));
    for (let i = 0; i < count; i++) pieces.push(text.slice(i * pieceSize, (i + 1) * pieceSize));
    layout.push({ field, pieces: count });
  }
  let entityPieces = 0;
  for (let i = 0; i < entities.length || i === 0; i += ENTITIES_PER_PIECE) {
    pieces.push(JSON.stringify(entities.slice(i, i + ENTITIES_PER_PIECE)));
    entityPieces++;
  }
  layout.push({ field: 'entities', pieces: entityPieces });
  return {
    manifest: {
      version,
      mask: dictionary.mask,
      rootMask: dictionary.rootMask,
      layout,
      pieces: pieces.length,
    },
    pieces,
  };
}

/**
 * Puts the pieces back together, one field per call of `step`, so the caller can yield between
 * steps. Throws if a piece is missing or malformed (the caller then starts over).
 */
export function* assembleMatcher(
  manifest: MatcherManifest,
  pieces: readonly string[],
): Generator<void, { dictionary: CompiledDictionary; entities: MatchEntity[] }, undefined> {
  if (pieces.length !== manifest.pieces) throw new Error('The matcher arrived incomplete');
  const fields: Partial<Record<TextField, string>> = {};
  const entities: MatchEntity[] = [];
  let at = 0;
  for (const { field, pieces: count } of manifest.layout) {
    const own = pieces.slice(at, at + count);
    at += count;
    if (field === 'entities') {
      for (const piece of own) {
        entities.push(...(JSON.parse(piece) as MatchEntity[]));
        yield;
      }
    } else fields[field] = own.join('');
  }
  for (const field of textFields)
    if (fields[field] === undefined) throw new Error(`The matcher lacks ${field}`);
  yield;
  const dictionary = deserializeDictionary({
    ...(fields as Record<TextField, string>),
    mask: manifest.mask,
    rootMask: manifest.rootMask,
  });
  return { dictionary, entities };
}
