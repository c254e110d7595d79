/**
 * Handing the compiled matcher from the background to each page in pieces. Extension messages
 * are JSON: a 100,000-alias matcher is over ten megabytes, and receiving it as one message
 * means parsing it in one task (a long task on every page load). In pieces of half a megabyte
 * each reply is parsed in its own short task, and the page decodes one field at a time.
 *
 * The fields (and the entities, as JSON arrays of a few thousand) run one after another through
 * the pieces, so a small matcher (the seed knowledge base's, 170 KB) travels as one message:
 * every message costs the page a round trip and the browser's bindings work, whatever its size.
 */
import type { CompiledDictionary } from './dictionary';
import type { MatchEntity } from './from-kb';
import { deserializeDictionary, type SerializedDictionary } from './serialize';
import { wordListTexts } from './word-list';

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
  /** In order: each dictionary field, then the entities (JSON arrays), with their lengths in the pieces' text. */
  layout: { field: TextField | 'entities'; length: number }[];
  pieces: number;
  /** The recognisers' word lists by key, which the content script's build leaves out (word-list.ts). */
  wordLists: Record<string, string>;
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
  const layout: MatcherManifest['layout'] = [];
  const parts: string[] = [];
  for (const field of textFields) {
    // The alias text is kept as it arrives: as JSON, it comes out of the pieces as a string of
    // its own, where a slice would keep the whole piece alive for as long as the page lives.
    const text = field === 'aliasText' ? JSON.stringify(dictionary[field]) : dictionary[field];
    parts.push(text);
    layout.push({ field, length: text.length });
  }
  for (let i = 0; i < entities.length || i === 0; i += ENTITIES_PER_PIECE) {
    const json = JSON.stringify(entities.slice(i, i + ENTITIES_PER_PIECE));
    parts.push(json);
    layout.push({ field: 'entities', length: json.length });
  }
  const all = parts.join('');
  const pieces: string[] = [];
  for (let at = 0; at < all.length || at === 0; at += pieceSize) pieces.push(all.slice(at, at + pieceSize));
  return {
    manifest: {
      version,
      mask: dictionary.mask,
      rootMask: dictionary.rootMask,
      layout,
      pieces: pieces.length,
      wordLists: wordListTexts(),
    },
    pieces,
  };
}

/** Reads the pieces' text in order, a given length at a time, without joining them all. */
function reader(pieces: readonly string[]) {
  let piece = 0;
  let offset = 0;
  return (length: number): string => {
    const parts: string[] = [];
    let wanted = length;
    while (wanted > 0) {
      const text = pieces[piece];
      if (text === undefined) throw new Error('The matcher arrived short');
      const taken = text.slice(offset, offset + wanted);
      parts.push(taken);
      wanted -= taken.length;
      offset += taken.length;
      if (offset >= text.length) {
        piece++;
        offset = 0;
      }
    }
    return parts.length === 1 ? parts[0]! : parts.join('');
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
  const total = manifest.layout.reduce((sum, part) => sum + part.length, 0);
  if (pieces.reduce((sum, piece) => sum + piece.length, 0) !== total)
    throw new Error('The matcher arrived incomplete');
  const read = reader(pieces);
  const fields: Partial<Record<TextField, string>> = {};
  const entities: MatchEntity[] = [];
  for (const { field, length } of manifest.layout) {
    const text = read(length);
    if (field !== 'entities') {
      fields[field] = field === 'aliasText' ? (JSON.parse(text) as string) : text;
      continue;
    }
    for (const entity of JSON.parse(text) as MatchEntity[]) entities.push(entity);
    // A 100,000-alias knowledge base has tens of thousands of entities: parse them a part at a time.
    if (manifest.pieces > 1) yield;
  }
  for (const field of textFields)
    if (fields[field] === undefined) throw new Error(`The matcher lacks ${field}`);
  if (manifest.pieces > 1) yield;
  const dictionary = deserializeDictionary({
    ...(fields as Record<TextField, string>),
    mask: manifest.mask,
    rootMask: manifest.rootMask,
  });
  return { dictionary, entities };
}
