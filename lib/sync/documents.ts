/**
 * What Backstory stores on a team server, and how what comes back is checked. Each shared claim
 * is one CouchDB document `claim:<id>` and each shared relation one document `relation:<id>`;
 * the claim or relation inside is exactly what a Backstory JSON export holds, and is validated
 * with the same zod schemas as an import before anything is stored. A document that fails is
 * refused with one sentence saying why.
 */
import { z } from 'zod';
import { claimRelationSchema, savedClaimSchema, type ClaimRelation, type SavedClaim } from '../claims/schema';
import { toIssues } from '../zod-issues';
import { fromRevisions, REV_PATTERN, revisionsOf, type Leaf } from './revisions';

export type SyncBody = { type: 'claim'; claim: SavedClaim } | { type: 'relation'; relation: ClaimRelation };

/** The id of a claim's or a relation's document on a team server. */
export const claimDocId = (id: string) => `claim:${id}`;
export const relationDocId = (id: string) => `relation:${id}`;

export function docIdOf(body: SyncBody): string {
  return body.type === 'claim' ? claimDocId(body.claim.id) : relationDocId(body.relation.id);
}

/** The version number of Backstory's document format on the server. */
export const DOC_FORMAT = 1;

/** The largest document accepted from a server, in characters of JSON (a claim is far smaller). */
export const MAX_DOC_CHARS = 200_000;

/** A document as sent to CouchDB's `_bulk_docs` with `new_edits: false`. */
export function toCouchDoc(id: string, leaf: Leaf<SyncBody>): Record<string, unknown> {
  const meta = { _id: id, _rev: leaf.rev, _revisions: revisionsOf(leaf) };
  if (leaf.deleted || !leaf.body) return { ...meta, _deleted: true };
  return { ...meta, backstory: DOC_FORMAT, ...leaf.body };
}

const revisionsSchema = z
  .object({
    start: z.number().int().min(1).max(1e9),
    ids: z.array(z.string().regex(/^[0-9a-f]{1,64}$/)).min(1),
  })
  .loose();

const metaSchema = z
  .object({
    _id: z.string().min(1).max(400),
    _rev: z.string().regex(REV_PATTERN, 'is not a CouchDB revision'),
    _revisions: revisionsSchema.optional(),
    _deleted: z.boolean().optional(),
  })
  .loose();

const claimDocSchema = z
  .object({ backstory: z.literal(DOC_FORMAT), type: z.literal('claim'), claim: savedClaimSchema })
  .strict();
const relationDocSchema = z
  .object({ backstory: z.literal(DOC_FORMAT), type: z.literal('relation'), relation: claimRelationSchema })
  .strict();
const bodySchema = z.discriminatedUnion('type', [claimDocSchema, relationDocSchema]);

export type ReadDoc =
  | { kind: 'leaf'; id: string; leaf: Leaf<SyncBody> }
  /** Not Backstory's to read (a design document): skipped without complaint. */
  | { kind: 'skip'; id: string }
  | { kind: 'refused'; id: string; rev?: string; reason: string };

const shortId = (id: unknown) => (typeof id === 'string' ? id.slice(0, 120) : '(no id)');

/** Checks one document received from the server. */
export function readCouchDoc(raw: unknown): ReadDoc {
  const id = shortId((raw as Record<string, unknown> | null)?.['_id']);
  const refuse = (reason: string, rev?: string): ReadDoc => ({ kind: 'refused', id, rev, reason });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return refuse('it is not a JSON object.');
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    // Nested deeper than the stack: thrown, it would stop every pass at this document.
    return refuse('it nests data deeper than any claim Backstory saves.');
  }
  if (size > MAX_DOC_CHARS)
    return refuse(`it is larger than any claim Backstory saves (over ${MAX_DOC_CHARS / 1000} KB).`);
  const meta = metaSchema.safeParse(raw);
  if (!meta.success) return refuse(firstProblem(meta.error));
  const { _id, _rev, _revisions, _deleted } = meta.data;
  if (_id.startsWith('_design/')) return { kind: 'skip', id: _id };
  const ancestry = _revisions ? fromRevisions(_revisions) : { rev: _rev, history: [] };
  if (ancestry.rev !== _rev) return refuse('its revision history does not match its revision.', _rev);
  if (_deleted === true) return { kind: 'leaf', id: _id, leaf: { ...ancestry, deleted: true, size } };

  const body = Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith('_')));
  if (body['backstory'] === undefined)
    return refuse('it is not a claim or relation shared by Backstory.', _rev);
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return refuse(firstProblem(parsed.error), _rev);
  const { backstory: _format, ...content } = parsed.data;
  if (docIdOf(content) !== _id) return refuse(`its id does not match the ${content.type} inside it.`, _rev);
  return { kind: 'leaf', id: _id, leaf: { ...ancestry, deleted: false, body: content, size } };
}

function firstProblem(error: z.ZodError): string {
  const [issue] = toIssues(error);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return issue ? `${issue.path}: ${issue.message}${more}.` : 'it does not match what Backstory saves.';
}
