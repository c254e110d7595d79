/**
 * Integrity of the recognisers' cues: an event's kinds of happening must be borne out by what its
 * cited claims quote (or by its own names), its core participants must be among its
 * participants or place, and a demonym must mean one entity and never be an alias too. So the
 * recogniser's rules rest on the sources, not on what someone guessed an event was.
 */
import type { Issue } from '../result';
import { foldAlias } from './alias-key';
import { headNouns } from './happenings';
import type { Claim, Entity } from './schema';

const words = (text: string) => ` ${foldAlias(text).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;

/** Whether `text` contains one of the head nouns as whole words. */
function mentionsHead(text: string, heads: readonly string[]): boolean {
  const haystack = words(text);
  return heads.some((head) => haystack.includes(` ${head} `));
}

export function checkCues(
  entities: readonly Entity[],
  claimById: ReadonlyMap<string, Claim>,
  hasClaim: (id: string) => boolean,
): Issue[] {
  const issues: Issue[] = [];
  const aliasKeys = new Set(
    entities.flatMap((e) => [e.label, ...e.aliases.map((a) => a.text)].map(foldAlias)),
  );
  const demonymOwner = new Map<string, number>();
  entities.forEach((entity, i) => {
    const path = `entities[${i}]`;
    if (entity.kind !== 'event') {
      (entity.demonyms ?? []).forEach((demonym, j) => {
        const key = foldAlias(demonym);
        const other = demonymOwner.get(key);
        if (aliasKeys.has(key))
          issues.push({
            path: `${path}.demonyms[${j}]`,
            message: `demonym "${demonym}" is also an alias; a name that links cannot be a demonym`,
          });
        else if (other !== undefined && other !== i)
          issues.push({
            path: `${path}.demonyms[${j}]`,
            message: `demonym "${demonym}" is also entities[${other}]'s; a demonym must mean one entity`,
          });
        else demonymOwner.set(key, i);
      });
      return;
    }
    const cues = entity.cues;
    if (!cues) return;
    const names = [entity.label, ...entity.aliases.map((a) => a.text)];
    cues.claims.forEach((id, j) => {
      if (!hasClaim(id)) issues.push({ path: `${path}.cues.claims[${j}]`, message: `unknown claim "${id}"` });
    });
    const quotes = cues.claims.flatMap((id) => {
      const claim = claimById.get(id);
      return claim ? [claim.quote] : [];
    });
    cues.happenings.forEach((kind, j) => {
      const heads = headNouns[kind];
      if ([...quotes, ...names].some((text) => mentionsHead(text, heads))) return;
      issues.push({
        path: `${path}.cues.happenings[${j}]`,
        message: `"${kind}" is not borne out: no cited claim's quote and no name of the event says ${heads
          .slice(0, 4)
          .map((h) => `"${h}"`)
          .join(', ')}…`,
      });
    });
    const allowed = new Set([...entity.participants, ...(entity.place ? [entity.place] : [])]);
    (cues.core ?? []).forEach((id, j) => {
      if (!allowed.has(id))
        issues.push({
          path: `${path}.cues.core[${j}]`,
          message: `"${id}" is not among the event's participants or its place`,
        });
    });
  });
  return issues;
}
