/**
 * Building the alias dictionary (`dictionary.ts`) from alias specs: merging aliases that share a
 * text, flags and context codes per alias, and the word trie laid out as hash tables. Runs once
 * per knowledge base; the matcher only reads the result.
 */
import { normalizeAlias } from './normalize';
import { isWordCode } from './words';
import {
  contextCodes,
  mix,
  wordHashes,
  CONTEXT_CAPITAL,
  FLAG_ACRONYM,
  FLAG_BLOCKER,
  FLAG_CASE_SENSITIVE,
  FLAG_DEMONYM,
  FLAG_EVENT,
  FLAG_HEAD,
  FLAG_INNER_TITLE,
  FLAG_PERSON,
  FLAG_SPORT,
  FLAG_STATE,
  FLAG_SURNAME,
  FLAG_TITLE,
  type AliasSpec,
  type CompiledDictionary,
} from './dictionary';

const roleFlags = {
  person: FLAG_PERSON,
  event: FLAG_EVENT,
  demonym: FLAG_DEMONYM,
  head: FLAG_HEAD,
  title: FLAG_TITLE,
  sport: FLAG_SPORT,
} as const;

const roleFlag = (spec: AliasSpec) =>
  spec.entity < 0
    ? 0
    : (spec.role && spec.role !== 'city' ? roleFlags[spec.role] : 0) |
      (spec.state ? FLAG_STATE : 0) |
      (spec.surname ? FLAG_SURNAME : 0);

/** Which word (1-based) of an alias first starts with a capital letter; 0 when none does. */
function capitalWord(text: string): number {
  // Words as the matcher counts them: runs of letters and digits ("four-day" is two).
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
  const index = words.findIndex((w) => /^\p{Lu}/u.test(w));
  return index < 0 || index > 250 ? 0 : index + 1;
}
const isCue = (spec: AliasSpec) =>
  spec.role === 'demonym' || spec.role === 'head' || spec.role === 'title' || spec.role === 'sport';

const isAcronym = (text: string) =>
  text.length >= 2 && /^[A-Z0-9.&-]+$/.test(text) && /[A-Z].*[A-Z]|[A-Z]\./.test(text);

/** Compiles aliases into the matcher's tables. Aliases that cannot start a word are skipped. */
export function compileDictionary(specs: readonly AliasSpec[]): CompiledDictionary {
  const aliases: string[] = [];
  const entities: number[][] = [];
  const flags: number[] = [];
  const context: number[] = [];
  const capitals: number[] = [];
  const cities: { pattern: string; id: number }[] = [];
  const byText = new Map<string, number>();
  const edges = new Map<string, number>();
  const nodeAliasLists: number[][] = [[]];

  for (const spec of specs) {
    const normalized = normalizeAlias(spec.text);
    if (!normalized || !isWordCode(normalized.charCodeAt(0))) continue;
    const lower = normalized.toLowerCase();
    const pattern = spec.caseSensitive ? normalized : lower;
    if (spec.role === 'city') {
      // Not matched by itself: the capital with the same text points at it (see `aliasCity`).
      cities.push({ pattern, id: aliases.length });
      aliases.push(pattern);
      entities.push([spec.entity]);
      flags.push(spec.caseSensitive ? FLAG_CASE_SENSITIVE : 0);
      context.push(0);
      capitals.push(spec.caseSensitive ? 0 : capitalWord(normalized));
      continue;
    }
    // A cue never shares an entry with a name: its `entity` means something else.
    const key = `${isCue(spec) ? spec.role : ''}${spec.caseSensitive ? 'C' : 'i'}${pattern}`;
    const existing = byText.get(key);
    if (existing !== undefined) {
      // The same text for another entity (or again for the same one): one alias, several meanings.
      if (spec.entity >= 0 && !entities[existing]!.includes(spec.entity))
        entities[existing]!.push(spec.entity);
      if (spec.entity >= 0) flags[existing] = (flags[existing]! & ~FLAG_BLOCKER) | roleFlag(spec);
      if (spec.needsContext)
        context[existing] = Math.max(context[existing]!, contextCodes[spec.needsContext]);
      continue;
    }
    const hashes = wordHashes(lower.length === normalized.length ? lower : normalized);
    if (hashes.length === 0) continue;
    let node = 0;
    for (const hash of hashes) {
      const edge = `${node}:${hash}`;
      let child = edges.get(edge);
      if (child === undefined) {
        child = nodeAliasLists.length;
        nodeAliasLists.push([]);
        edges.set(edge, child);
      }
      node = child;
    }
    const id = aliases.length;
    byText.set(key, id);
    aliases.push(pattern);
    entities.push(spec.entity >= 0 ? [spec.entity] : []);
    flags.push(
      (spec.caseSensitive ? FLAG_CASE_SENSITIVE : 0) |
        (spec.entity < 0 ? FLAG_BLOCKER : 0) |
        (spec.caseSensitive && !spec.shouted && isAcronym(normalized) ? FLAG_ACRONYM : 0) |
        roleFlag(spec),
    );
    context.push(spec.needsContext ? contextCodes[spec.needsContext] : 0);
    capitals.push(spec.caseSensitive || isCue(spec) ? 0 : capitalWord(normalized));
    nodeAliasLists[node]!.push(id);
  }

  // Which names have, after their first word, a word that starts an office phrase.
  const titleStarts = new Set<number>();
  specs.forEach((spec) => {
    if (spec.role !== 'title') return;
    const first = wordHashes(normalizeAlias(spec.text).toLowerCase())[0];
    if (first !== undefined) titleStarts.add(first);
  });
  if (titleStarts.size > 0)
    aliases.forEach((alias, a) => {
      if (flags[a]! & (FLAG_HEAD | FLAG_TITLE | FLAG_DEMONYM | FLAG_SPORT)) return;
      if (wordHashes(alias.toLowerCase()).some((hash, i) => i > 0 && titleStarts.has(hash)))
        flags[a] = flags[a]! | FLAG_INNER_TITLE;
    });

  const parsed = [...edges].map(([edge, child]) => {
    const colon = edge.indexOf(':');
    return { parent: Number(edge.slice(0, colon)), hash: Number(edge.slice(colon + 1)) | 0, child };
  });
  const rootEdges = parsed.filter((e) => e.parent === 0);
  const deepEdges = parsed.filter((e) => e.parent !== 0);
  const tableSize = (count: number) => {
    let size = 16;
    while (size < count * 2) size *= 2;
    return size;
  };

  const rootSize = tableSize(rootEdges.length);
  const rootHash = new Int32Array(rootSize);
  const rootChild = new Int32Array(rootSize).fill(-1);
  const rootMask = rootSize - 1;
  for (const { hash, child } of rootEdges) {
    let slot = hash & rootMask;
    while (rootChild[slot] !== -1) slot = (slot + 1) & rootMask;
    rootHash[slot] = hash;
    rootChild[slot] = child;
  }

  const size = tableSize(deepEdges.length);
  const slotParent = new Int32Array(size).fill(-1);
  const slotHash = new Int32Array(size);
  const slotChild = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (const { parent, hash, child } of deepEdges) {
    let slot = mix(parent, hash) & mask;
    while (slotChild[slot] !== -1) slot = (slot + 1) & mask;
    slotParent[slot] = parent;
    slotHash[slot] = hash;
    slotChild[slot] = child;
  }

  const nodeStart = new Int32Array(nodeAliasLists.length + 1);
  const nodeAliases: number[] = [];
  nodeAliasLists.forEach((list, node) => {
    nodeStart[node] = nodeAliases.length;
    // Longest first, so the first alias that verifies at a node is the longest one there.
    nodeAliases.push(...list.toSorted((x, y) => aliases[y]!.length - aliases[x]!.length));
  });
  nodeStart[nodeAliasLists.length] = nodeAliases.length;

  const aliasEntityStart = new Int32Array(aliases.length + 1);
  entities.forEach((list, a) => (aliasEntityStart[a + 1] = aliasEntityStart[a]! + list.length));

  const aliasCity = new Int32Array(aliases.length).fill(-1);
  for (const city of cities) {
    const capital = byText.get(`${city.pattern === city.pattern.toLowerCase() ? 'i' : 'C'}${city.pattern}`);
    if (capital !== undefined && context[capital] === CONTEXT_CAPITAL) aliasCity[capital] = city.id;
  }

  const aliasStart = new Int32Array(aliases.length + 1);
  aliases.forEach((alias, a) => (aliasStart[a + 1] = aliasStart[a]! + alias.length + 1));

  return {
    aliasText: aliases.map((alias) => `${alias}\u0000`).join(''),
    aliasStart,
    aliasEntityStart,
    aliasEntities: Int32Array.from(entities.flat()),
    aliasFlags: Uint16Array.from(flags),
    aliasContext: Uint8Array.from(context),
    aliasCapital: Uint8Array.from(capitals),
    aliasCity,
    rootHash,
    rootChild,
    rootMask,
    slotParent,
    slotHash,
    slotChild,
    mask,
    nodeStart,
    nodeAliases: Int32Array.from(nodeAliases),
  };
}
