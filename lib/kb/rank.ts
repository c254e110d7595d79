/**
 * Which claims a card shows first. A reader hovering "Iran" wants what the sources say about
 * Iran, not a claim about Balochistan that names Iran in passing, nor one that only records how a
 * report spelled a title. So claims are split into what the sources say about the entity, ranked,
 * and how the sources word or spell it, which the card keeps under "Where the sources differ".
 */
import type { Alias, Claim, Entity } from './schema';

const statusWeight: Record<Claim['status'], number> = {
  'stated-as-fact': 3,
  'reported-unconfirmed': 2,
  analysis: 1,
  opinion: 0,
};

/** "The report calls Asim Munir …", "The article refers to …", "gives … the title". */
const NAMING = /^the (?:report|article|authors?|analysis) (?:calls|refers to|gives)\b/i;
/** "(the report's spellings of Trump and the White House)". */
const SPELLING = /\bspellings?\b|\bmisspel/i;

/** How far into the text a claim names the entity; within this many characters it is the subject. */
const SUBJECT_WITHIN = 12;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the entity is first named in a text (by its label or an alias), or Infinity. */
export function firstNamed(entity: Pick<Entity, 'label' | 'aliases'>, text: string): number {
  let first = Infinity;
  const names: Pick<Alias, 'text' | 'caseSensitive'>[] = [
    { text: entity.label, caseSensitive: false },
    ...entity.aliases,
  ];
  for (const name of names) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name.text)}(?![\\p{L}\\p{N}])`,
      name.caseSensitive ? 'u' : 'iu',
    );
    const at = pattern.exec(text)?.index;
    if (at !== undefined && at < first) first = at;
  }
  return first;
}

/**
 * Whether a claim is about how a source words things rather than about the entity: one that
 * dwells on a spelling, or one that gives the name or title a source uses for the entity (only
 * claims the entity's roles or recorded differences rest on: "The report calls Gaza a strategic
 * arena" is an opinion about Gaza, not a title).
 */
export function isWordingClaim(entity: Entity, claim: Pick<Claim, 'id' | 'text'>): boolean {
  if (SPELLING.test(claim.text)) return true;
  const evidence =
    entity.roles.some((role) => role.claims.includes(claim.id)) ||
    entity.discrepancies.some((d) => d.claims.includes(claim.id));
  return evidence && NAMING.test(claim.text);
}

export interface ArrangedClaims<C> {
  /** What the sources say about the entity, most relevant first. */
  claims: C[];
  /** How the sources word or spell it, for "Where the sources differ". */
  wording: C[];
}

/**
 * Most relevant first: claims whose subject is the entity (it comes first in the claim's `about`
 * list, or the text names it at the start) before claims that merely mention it; then claims the
 * summary rests on; then facts over reports over analysis over opinion; then claims about fewer
 * entities; then newer sources; then by id, so the order never changes between loads.
 */
export function arrangeClaims<C extends Claim & { sourceRef: { published: string | null } }>(
  entity: Entity,
  claims: readonly C[],
): ArrangedClaims<C> {
  const inSummary = new Set(entity.summaryClaims);
  const score = new Map<string, number>();
  const wording: C[] = [];
  const about: C[] = [];
  for (const claim of claims) {
    if (isWordingClaim(entity, claim)) {
      wording.push(claim);
      continue;
    }
    const named = firstNamed(entity, claim.text);
    const subject = claim.about[0] === entity.id || named <= SUBJECT_WITHIN;
    score.set(
      claim.id,
      (subject ? 8 : 0) +
        (inSummary.has(claim.id) ? 4 : 0) +
        statusWeight[claim.status] * 1.5 +
        2 / claim.about.length -
        (named === Infinity ? 1 : Math.min(named, 100) / 100),
    );
    about.push(claim);
  }
  const order = (a: C, b: C) =>
    (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) ||
    (b.sourceRef.published ?? '').localeCompare(a.sourceRef.published ?? '') ||
    a.id.localeCompare(b.id);
  const byId = (a: C, b: C) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id);
  return { claims: about.toSorted(order), wording: wording.toSorted(byId) };
}
