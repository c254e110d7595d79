/**
 * Integrity rules a knowledge pack must meet beyond its schema: quotes are verbatim at their
 * offsets, every reference resolves, aliases are not shared without a rule, every entity has a
 * claim, and source metadata cites its evidence. Each problem comes back with its JSON path.
 */
import type { Issue } from '../result';
import type { Claim, Entity, KnowledgePack } from './schema';
import { foldAlias } from './alias-key';
import { checkCues } from './cue-integrity';

export const NOT_STATED = 'not stated';

/** What the rest of the knowledge base (other installed packs) already defines. */
export interface InstalledIds {
  entities: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

const none: InstalledIds = { entities: new Set(), claims: new Set(), sources: new Set() };

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: string, issues: Issue[]) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else
      issues.push({
        path: `${path}[${index}].id`,
        message: `duplicate id "${k}" (also at ${path}[${first}])`,
      });
  });
}

function checkQuotes(pack: KnowledgePack, sourceText: Map<string, string>, issues: Issue[]) {
  pack.claims.forEach((claim, i) => {
    const text = sourceText.get(claim.source);
    if (text === undefined) {
      issues.push({ path: `claims[${i}].source`, message: `unknown source "${claim.source}"` });
      return;
    }
    const found = text.slice(claim.start, claim.end);
    if (found !== claim.quote) {
      const at = text.indexOf(claim.quote);
      issues.push({
        path: `claims[${i}].quote`,
        message:
          at === -1
            ? `quote does not occur verbatim in source "${claim.source}"`
            : `quote is not at ${claim.start}..${claim.end} in "${claim.source}" (first found at ${at}..${at + claim.quote.length})`,
      });
    }
  });
}

function checkEvidence(pack: KnowledgePack, issues: Issue[]) {
  pack.sources.forEach((source, i) => {
    for (const field of ['title', 'outlet', 'authors', 'published', 'kind'] as const) {
      const evidence = source[field].evidence;
      if (evidence.toLowerCase().startsWith(NOT_STATED)) continue;
      if (!source.text.includes(evidence)) {
        issues.push({
          path: `sources[${i}].${field}.evidence`,
          message: `evidence must be a verbatim excerpt of the source or start with "${NOT_STATED}"`,
        });
      }
    }
  });
}

/** Checks every reference an entity makes, and that its supporting claims are about it. */
function checkEntityRefs(
  entity: Entity,
  path: string,
  hasEntity: (id: string) => boolean,
  claimById: Map<string, Claim>,
  hasClaim: (id: string) => boolean,
  issues: Issue[],
) {
  const claimRef = (ids: readonly string[], at: string, mustBeAbout: boolean) =>
    ids.forEach((id, j) => {
      if (!hasClaim(id)) issues.push({ path: `${at}[${j}]`, message: `unknown claim "${id}"` });
      else if (mustBeAbout && claimById.get(id) && !claimById.get(id)!.about.includes(entity.id)) {
        issues.push({ path: `${at}[${j}]`, message: `claim "${id}" is not about "${entity.id}"` });
      }
    });
  const entityRef = (id: string | null, at: string) => {
    if (id !== null && !hasEntity(id)) issues.push({ path: at, message: `unknown entity "${id}"` });
  };

  claimRef(entity.summaryClaims, `${path}.summaryClaims`, true);
  entity.roles.forEach((role, j) => {
    claimRef(role.claims, `${path}.roles[${j}].claims`, true);
    entityRef(role.organisation, `${path}.roles[${j}].organisation`);
  });
  entity.related.forEach((relation, j) => {
    claimRef(relation.claims, `${path}.related[${j}].claims`, true);
    entityRef(relation.target, `${path}.related[${j}].target`);
    if (relation.target === entity.id) {
      issues.push({ path: `${path}.related[${j}].target`, message: 'an entity cannot be related to itself' });
    }
  });
  entity.discrepancies.forEach((d, j) => claimRef(d.claims, `${path}.discrepancies[${j}].claims`, false));
  if (entity.kind === 'event') {
    if (!('undated' in entity.date)) claimRef(entity.date.claims, `${path}.date.claims`, false);
    entityRef(entity.place, `${path}.place`);
    entity.participants.forEach((id, j) => entityRef(id, `${path}.participants[${j}]`));
    if ('from' in entity.date && entity.date.from > entity.date.to) {
      issues.push({ path: `${path}.date`, message: 'a date range must not end before it starts' });
    }
  }
}

function checkAliases(entities: readonly Entity[], issues: Issue[]) {
  const owners = new Map<string, { entity: number; alias: number }[]>();
  entities.forEach((entity, i) =>
    entity.aliases.forEach((alias, j) => {
      const key = foldAlias(alias.text);
      owners.set(key, [...(owners.get(key) ?? []), { entity: i, alias: j }]);
      alias.confusables.forEach((confusable, k) => {
        if (!foldAlias(confusable).includes(key)) {
          issues.push({
            path: `entities[${i}].aliases[${j}].confusables[${k}]`,
            message: `confusable "${confusable}" does not contain the alias "${alias.text}"`,
          });
        }
      });
    }),
  );
  for (const [key, places] of owners) {
    const distinct = new Set(places.map((p) => p.entity));
    if (distinct.size < 2) continue;
    for (const p of places) {
      if (!entities[p.entity]!.aliases[p.alias]!.ambiguous) {
        issues.push({
          path: `entities[${p.entity}].aliases[${p.alias}]`,
          message: `alias "${key}" is shared with ${[...distinct]
            .filter((e) => e !== p.entity)
            .map((e) => `"${entities[e]!.id}"`)
            .join(', ')} but is not marked ambiguous with a rule`,
        });
      }
    }
  }
}

/**
 * Every integrity problem in a pack that already passed its schema. `installed` lets a pack
 * refer to entities defined by other installed packs (a researcher's pack adding claims about
 * seed entities) and flags ids that would collide with them.
 */
export function checkPackIntegrity(pack: KnowledgePack, installed: InstalledIds = none): Issue[] {
  const issues: Issue[] = [];
  duplicates(pack.sources, (s) => s.id, 'sources', issues);
  duplicates(pack.entities, (e) => e.id, 'entities', issues);
  duplicates(pack.claims, (c) => c.id, 'claims', issues);
  pack.sources.forEach((s, i) => {
    if (installed.sources.has(s.id))
      issues.push({
        path: `sources[${i}].id`,
        message: `source "${s.id}" is already installed by another pack`,
      });
  });
  pack.entities.forEach((e, i) => {
    if (installed.entities.has(e.id))
      issues.push({
        path: `entities[${i}].id`,
        message: `entity "${e.id}" is already installed by another pack`,
      });
  });
  pack.claims.forEach((c, i) => {
    if (installed.claims.has(c.id))
      issues.push({
        path: `claims[${i}].id`,
        message: `claim "${c.id}" is already installed by another pack`,
      });
  });

  const entityIds = new Set(pack.entities.map((e) => e.id));
  const claimById = new Map(pack.claims.map((c) => [c.id, c]));
  const hasEntity = (id: string) => entityIds.has(id) || installed.entities.has(id);
  const hasClaim = (id: string) => claimById.has(id) || installed.claims.has(id);

  checkQuotes(pack, new Map(pack.sources.map((s) => [s.id, s.text])), issues);
  checkEvidence(pack, issues);

  pack.claims.forEach((claim, i) =>
    claim.about.forEach((id, j) => {
      if (!hasEntity(id))
        issues.push({ path: `claims[${i}].about[${j}]`, message: `unknown entity "${id}"` });
    }),
  );

  const claimed = new Set(pack.claims.flatMap((c) => c.about));
  const labels = new Map<string, number>();
  pack.entities.forEach((entity, i) => {
    const path = `entities[${i}]`;
    checkEntityRefs(entity, path, hasEntity, claimById, hasClaim, issues);
    if (!claimed.has(entity.id))
      issues.push({ path: `${path}.id`, message: `entity "${entity.id}" has no claim about it` });
    const label = entity.label.toLowerCase();
    if (labels.has(label))
      issues.push({
        path: `${path}.label`,
        message: `label "${entity.label}" is also used by entities[${labels.get(label)}]`,
      });
    else labels.set(label, i);
  });
  checkAliases(pack.entities, issues);
  issues.push(...checkCues(pack.entities, claimById, hasClaim));
  return issues;
}
