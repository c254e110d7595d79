/**
 * Relations between claims in W3C Web Annotation: each is a `linking` annotation whose targets
 * are the two claims (a saved claim by its `urn:uuid:` id, a knowledge-base claim by a
 * `urn:backstory:kb-claim:` IRI) and whose classifying body says how they relate, with the
 * record itself in a `backstory:relation` property so a round trip keeps it exactly.
 */
import { z } from 'zod';
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import {
  claimRefSchema,
  claimRelationSchema,
  relationId,
  relationKinds,
  type ClaimRef,
  type ClaimRelation,
} from '../claims/schema';
import { ANNO_CONTEXT, RELATION_KEY } from './w3c-terms';

export { RELATION_KEY };
const KB_CLAIM_IRI = 'urn:backstory:kb-claim:';
const RELATION_IRI = 'urn:backstory:relation:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refIri = (ref: ClaimRef) =>
  ref.kind === 'saved' ? `urn:uuid:${ref.id}` : `${KB_CLAIM_IRI}${encodeURIComponent(ref.id)}`;

function refOf(iri: string): ClaimRef | undefined {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9)))
    return { kind: 'saved', id: iri.slice(9).toLowerCase() };
  if (iri.startsWith(KB_CLAIM_IRI)) {
    try {
      return { kind: 'kb', id: decodeURIComponent(iri.slice(KB_CLAIM_IRI.length)) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A relation as a `linking` annotation. */
export function relationAnnotation(relation: ClaimRelation) {
  return {
    '@context': ANNO_CONTEXT,
    id: `${RELATION_IRI}${encodeURIComponent(relation.id)}`,
    type: 'Annotation',
    motivation: 'linking',
    created: relation.created,
    body: { type: 'TextualBody', purpose: 'classifying', value: relation.relation },
    target: [refIri(relation.from), refIri(relation.to)],
    [RELATION_KEY]: relation,
  };
}

const linking = z.looseObject({
  motivation: z.literal('linking'),
  created: z.iso.datetime({ offset: true }).optional(),
  body: z.looseObject({ value: z.enum(relationKinds) }).optional(),
  target: z.tuple([z.string().max(400), z.string().max(400)]),
  [RELATION_KEY]: z.unknown().optional(),
});

/** Whether an annotation is a relation between two claims (rather than a claim on a page). */
export function isRelationAnnotation(raw: unknown): boolean {
  const parsed = linking.safeParse(raw);
  return parsed.success && parsed.data.target.every((iri) => refOf(iri) !== undefined);
}

/** A relation annotation read: the relation, or where and why it cannot be one. */
export type RelationRead = { ok: true; relation: ClaimRelation } | { ok: false; issues: Issue[] };

/**
 * Reads a relation annotation: Backstory's own record when present, else what the targets and
 * body say. Saved-claim ids are compared in lower case and the id is derived from both ends,
 * so the same relation written twice, in any case, is one relation. The result is checked as
 * stored relations are, so one the library would refuse is refused here, where the reader is
 * shown where it is, and not only when the import is written (where it failed the whole import).
 */
export function relationFromAnnotation(raw: unknown): RelationRead {
  const parsed = linking.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const own = claimRelationSchema.safeParse(parsed.data[RELATION_KEY]);
  const ends = parsed.data.target.map(refOf);
  const issues: Issue[] = ends.flatMap((end, i) =>
    end && claimRefSchema.safeParse(end).success
      ? []
      : [
          {
            path: `target[${i}]`,
            message: 'names no claim: a knowledge-base claim id has 1 to 120 characters',
          },
        ],
  );
  const relation = own.success ? own.data.relation : parsed.data.body?.value;
  if (!relation)
    issues.push({
      path: 'body',
      message: `does not say how the claims relate (${relationKinds.join(', ')})`,
    });
  const [from, to] = ends;
  if (issues.length > 0 || !from || !to || !relation) return { ok: false, issues };
  return {
    ok: true,
    relation: {
      id: relationId(from, to),
      from,
      to,
      relation,
      created: (own.success ? own.data.created : parsed.data.created) ?? '1970-01-01T00:00:00.000Z',
    },
  };
}
