/**
 * Aliases that would underline ordinary text: one or two letters ("in", "us"), or an English
 * function word ("the", "may", "will"). A pack may only use one as a case-sensitive acronym
 * ("US", "EU") or when it is marked as needing context (it then links only where the page also
 * names the entity). And a warning, not a refusal, for packs whose aliases would mark more than
 * a set share of the words in a sample of ordinary English.
 */
import type { Issue } from '../result';
import { foldAlias } from './alias-key';
import { ORDINARY_ENGLISH } from './ordinary-english';
import type { Entity } from './schema';

/** Common English function words and everyday verbs that are also names somewhere. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each even ever every
  few for from further get got had has have having he her here hers herself him himself his how
  i if in into is it its itself just let like made make many may me might more most much must my
  myself never new no nor not now of off often on once one only or other our ours ourselves out
  over own per same say said see shall she should since so some still such than that the their
  theirs them themselves then there these they this those though through to too under until up
  upon us very was way we well were what when where which while who whom whose why will with
  within without would yet you your yours yourself yourselves`.split(/\s+/),
);

/** The share of words in the ordinary-English sample beyond which a pack is warned. */
export const OVER_MATCH_SHARE = 0.01;

const letters = (text: string) => [...text].filter((c) => /\p{L}/u.test(c)).length;
const isAcronym = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/** Aliases too weak to link alone, each with where it is and why. */
export function weakAliases(entities: readonly Entity[]): Issue[] {
  const issues: Issue[] = [];
  entities.forEach((entity, i) =>
    entity.aliases.forEach((alias, j) => {
      const folded = foldAlias(alias.text);
      const short = letters(folded) <= 2;
      const common = STOP_WORDS.has(folded);
      if (!short && !common) return;
      if (alias.needsContext !== null) return;
      if (alias.caseSensitive && isAcronym(alias.text)) return;
      issues.push({
        path: `entities[${i}].aliases[${j}]`,
        message: `"${alias.text}" is ${short ? 'too short' : 'an everyday English word'} to link on its own: make it a case-sensitive acronym or mark it as needing context`,
      });
    }),
  );
  return issues;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * The share of the sample's words an entity list's aliases would mark, counting each word
 * covered by an alias (whole words; case-sensitive aliases as written, others in any case).
 */
export function ordinaryTextShare(entities: readonly Entity[], sample = ORDINARY_ENGLISH): number {
  const words = sample.match(WORD) ?? [];
  const exact = new Set<string>();
  const folded = new Set<string>();
  let longest = 1;
  for (const entity of entities)
    for (const alias of [{ text: entity.label, caseSensitive: false }, ...entity.aliases]) {
      const text = alias.text.match(WORD)?.join(' ') ?? '';
      if (!text) continue;
      longest = Math.max(longest, text.split(' ').length);
      (alias.caseSensitive ? exact : folded).add(alias.caseSensitive ? text : foldAlias(text));
    }
  let marked = 0;
  for (let i = 0; i < words.length;) {
    let width = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && width === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (exact.has(phrase) || folded.has(foldAlias(phrase))) width = n;
    }
    marked += width;
    i += Math.max(width, 1);
  }
  return words.length === 0 ? 0 : marked / words.length;
}

/** A warning for a pack that would underline ordinary text, or none. */
export function overMatchWarning(entities: readonly Entity[]): Issue | undefined {
  const share = ordinaryTextShare(entities);
  if (share <= OVER_MATCH_SHARE) return undefined;
  return {
    path: 'entities',
    message: `its aliases would mark ${(share * 100).toFixed(1)}% of the words in ordinary English text (more than ${OVER_MATCH_SHARE * 100}%), so it would underline everyday words on most pages`,
  };
}
