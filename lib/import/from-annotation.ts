/**
 * One W3C Web Annotation to a saved claim. The model allows many shapes (a target that is a
 * string, an object or a list; a body or a bodyValue; selectors alone or in lists); this reads
 * those that can describe a quote on a web page and refuses the rest with the reason. Targets
 * that are not http(s) pages are refused: Backstory never stores a link it would not follow.
 */
import { z } from 'zod';
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import { claimLabels, CLAIM_SCHEMA_VERSION, type ClaimLabel } from '../claims/constants';
import {
  authorNameSchema,
  pageMetaSchema,
  savedClaimSchema,
  webUrlSchema,
  type SavedClaim,
} from '../claims/schema';
import { ENTITY_IRI, EXTENSION_KEY } from '../export/w3c-terms';
import { toIri } from '../export/iri';
import { hashText } from '../anchor/hash';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Dates that are absent in the file are set to this fixed time, so re-importing changes nothing. */
export const UNKNOWN_DATE = '1970-01-01T00:00:00.000Z';

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
const selector = z.looseObject({ type: z.string() });
const specificTarget = z.looseObject({
  source: webUrlSchema,
  selector: z.union([selector, z.array(selector).max(20)]),
});
type SpecificTarget = z.output<typeof specificTarget>;
const body = z.looseObject({
  type: z.string().optional(),
  id: z.string().max(4096).optional(),
  source: z.string().max(4096).optional(),
  value: z.string().max(20_000).optional(),
  purpose: z.union([z.string(), z.array(z.string())]).optional(),
});
const extension = z
  .object({
    url: webUrlSchema.optional(),
    seenUrl: webUrlSchema,
    page: pageMetaSchema,
    pageTextHash: savedClaimSchema.shape.pageTextHash,
    kbVersion: savedClaimSchema.shape.kbVersion,
    label: z.enum(claimLabels),
  })
  .strict();

const annotationSchema = z.looseObject({
  id: z.string().min(1).max(4096).optional(),
  type: z.union([
    z.literal('Annotation'),
    z.array(z.string()).refine((t) => t.includes('Annotation'), 'must include Annotation'),
  ]),
  created: z.iso.datetime({ offset: true }).optional(),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: z.union([body, z.string(), z.array(z.union([body, z.string()])).max(1000)]).optional(),
  bodyValue: z.string().max(20_000).optional(),
  // Checked by hand below, so a bad target gets a precise message rather than "invalid input".
  target: z.unknown().refine((t) => t !== undefined, 'an annotation must have a target'),
  [EXTENSION_KEY]: extension.optional(),
  creator: z.unknown().optional(),
});

/** The creator's name (W3C `creator`: an agent, or a list of them), if it is one Backstory can keep. */
function creatorName(creator: unknown): string | undefined {
  const agents = Array.isArray(creator) ? creator : [creator];
  for (const agent of agents) {
    const name = (agent as { name?: unknown } | null)?.name;
    const parsed = authorNameSchema.safeParse(Array.isArray(name) ? name[0] : name);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** A stable UUID for an annotation id that is not `urn:uuid:…`, so re-imports find the same claim. */
function uuidFor(text: string): string {
  const hex = (hashText(text, 1) + hashText(text, 2) + hashText(text, 3)).padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const purposes = (b: z.output<typeof body>) => ([] as string[]).concat(b.purpose ?? []);

export type AnnotationRead = { ok: true; claim: SavedClaim } | { ok: false; issues: Issue[] };

export function annotationToClaim(raw: unknown): AnnotationRead {
  const parsed = annotationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const anno = parsed.data;

  const many = Array.isArray(anno.target);
  const targets = ([] as unknown[]).concat(anno.target);
  const targetIndex = targets.findIndex((t) => typeof t === 'object' && t !== null);
  const targetPath = many ? `target[${targetIndex}]` : 'target';
  if (targetIndex < 0) {
    return {
      ok: false,
      issues: [{ path: 'target', message: 'no target with a TextQuoteSelector on an http(s) page' }],
    };
  }
  const checked = specificTarget.safeParse(targets[targetIndex]);
  if (!checked.success) {
    return {
      ok: false,
      issues: toIssues(checked.error).map((i) => ({ ...i, path: `${targetPath}.${i.path}` })),
    };
  }
  const target: SpecificTarget = checked.data;
  const selectors = ([] as unknown[]).concat(target.selector);
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) {
    return {
      ok: false,
      issues: [
        { path: `${targetPath}.selector`, message: 'needs a TextQuoteSelector with an "exact" quote' },
      ],
    };
  }
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;

  const bodies = ([] as unknown[])
    .concat(anno.body ?? [])
    .map((b) => (typeof b === 'string' ? { id: b } : (b as z.output<typeof body>)));
  const note = [
    ...(anno.bodyValue ? [anno.bodyValue] : []),
    ...bodies
      .filter(
        (b) => b.value !== undefined && (purposes(b).includes('commenting') || purposes(b).length === 0),
      )
      .map((b) => b.value!),
  ].join('\n\n');
  const tags = bodies
    .filter((b) => b.value !== undefined && purposes(b).includes('tagging'))
    .map((b) => b.value!.trim());
  const labelBody = bodies.find(
    (b) => purposes(b).includes('classifying') && claimLabels.includes(b.value as ClaimLabel),
  );
  const entities = bodies
    .map((b) =>
      b.source?.startsWith(ENTITY_IRI) ? b.source : b.id?.startsWith(ENTITY_IRI) ? b.id : undefined,
    )
    .filter((iri): iri is string => iri !== undefined)
    .map((iri) => iri.slice(ENTITY_IRI.length));

  const extra = anno[EXTENSION_KEY];
  const id =
    anno.id !== undefined && /^urn:uuid:/i.test(anno.id) && UUID.test(anno.id.slice(9))
      ? anno.id.slice(9).toLowerCase()
      : uuidFor(anno.id ?? JSON.stringify(raw));
  const created = anno.created ?? anno.modified ?? UNKNOWN_DATE;
  // The address as the reader's browser gave it, when the IRI in the target is its IRI form.
  const url = extra?.url !== undefined && toIri(extra.url) === target.source ? extra.url : target.source;
  const claim = {
    id,
    schemaVersion: CLAIM_SCHEMA_VERSION,
    url,
    seenUrl: extra?.seenUrl ?? url,
    page: extra?.page ?? {
      title: '',
      siteName: new URL(url).hostname,
      authors: [],
      published: null,
    },
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
      position: position
        ? { type: 'TextPositionSelector', start: position.start, end: position.end }
        : // No position in the file: the quote's length, as a hint that carries no location.
          { type: 'TextPositionSelector', start: 0, end: quote.exact.length },
    },
    pageTextHash: extra?.pageTextHash ?? '0',
    created,
    updated: anno.modified ?? created,
    entities: [...new Set(entities)],
    note,
    tags: [...new Set(tags.filter(Boolean))],
    label: extra?.label ?? (labelBody?.value as ClaimLabel | undefined) ?? 'claim',
    kbVersion: extra?.kbVersion ?? '',
    ...(creatorName(anno.creator) ? { author: creatorName(anno.creator) } : {}),
  };
  const valid = savedClaimSchema.safeParse(claim);
  if (!valid.success) {
    // Report problems at the annotation's own paths where they map onto it.
    const issues = toIssues(valid.error).map((i) => ({
      ...i,
      path: i.path.startsWith('selectors')
        ? `${targetPath}.selector`
        : i.path === 'url'
          ? `${targetPath}.source`
          : i.path,
    }));
    return { ok: false, issues };
  }
  return { ok: true, claim: valid.data };
}
