/**
 * W3C Web Annotation export: an AnnotationCollection whose pages hold one Annotation per claim —
 * the note as a commenting TextualBody, each tag as a tagging TextualBody, the label as a
 * classifying body, each linked entity as a semantic tag (a SpecificResource body whose source
 * is the entity's IRI, with purpose tagging),
 * and a target with the page as source and TextQuoteSelector + TextPositionSelector. The page's
 * address is written as an RFC 3987 IRI (`iri.ts`); what the model has no place for (the
 * address exactly as stored, page metadata, the page-text hash) travels in a `backstory:claim`
 * extension property, and relations as `linking` annotations (`w3c-relations.ts`), so a round
 * trip loses nothing.
 */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import { toIri } from './iri';

import { ANNO_CONTEXT, ENTITY_IRI, EXTENSION_KEY } from './w3c-terms';
import { relationAnnotation } from './w3c-relations';
export { ANNO_CONTEXT, ENTITY_IRI, EXTENSION_KEY };

export interface Annotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  /** Who marked the claim, when it was shared through team sync. */
  creator?: { type: 'Person'; name: string };
  body: Record<string, unknown>[];
  target: { source: string; selector: Record<string, unknown>[] };
  [EXTENSION_KEY]: {
    /** The page's address as stored, when its IRI form (`target.source`) differs. */
    url?: string;
    seenUrl: string;
    page: SavedClaim['page'];
    pageTextHash: string;
    kbVersion: string;
    label: SavedClaim['label'];
  };
}

export function toAnnotation(claim: SavedClaim): Annotation {
  const body: Record<string, unknown>[] = [];
  if (claim.note)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const tag of claim.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  body.push({ type: 'TextualBody', purpose: 'classifying', value: claim.label });
  // A semantic tag: a SpecificResource whose source is the entity's IRI (an external resource
  // body may not carry a purpose).
  for (const entity of claim.entities)
    body.push({ type: 'SpecificResource', source: `${ENTITY_IRI}${entity}`, purpose: 'tagging' });
  const { quote, position } = claim.selectors;
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${claim.id}`,
    type: 'Annotation',
    motivation: claim.note ? 'commenting' : 'highlighting',
    created: claim.created,
    modified: claim.updated,
    ...(claim.author ? { creator: { type: 'Person' as const, name: claim.author } } : {}),
    body,
    target: {
      source: toIri(claim.url),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    [EXTENSION_KEY]: {
      ...(toIri(claim.url) === claim.url ? {} : { url: claim.url }),
      seenUrl: claim.seenUrl,
      page: claim.page,
      pageTextHash: claim.pageTextHash,
      kbVersion: claim.kbVersion,
      label: claim.label,
    },
  };
}

/** The collection around its items, with the items left out (`items: []`). */
export function collectionFrame(collectionId: string, total: number, now: Date, items: unknown[] = []) {
  const pageId = `${collectionId}#page-1`;
  const label = 'Claims marked with Backstory';
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total,
    created: now.toISOString(),
    first: {
      '@context': ANNO_CONTEXT,
      id: pageId,
      type: 'AnnotationPage',
      partOf: { id: collectionId, label, total },
      startIndex: 0,
      items,
    },
    last: pageId,
  };
}

/**
 * The claims as an AnnotationCollection with one AnnotationPage holding every annotation (and
 * then each relation between them). One file cannot hold several linked pages (a page's `next`
 * must be an IRI to fetch), so a single complete page is what a file export can honestly offer.
 */
export function toAnnotationCollection(
  claims: readonly SavedClaim[],
  collectionId: string,
  now = new Date(),
  relations: readonly ClaimRelation[] = [],
) {
  const items = [...claims.map(toAnnotation), ...relations.map(relationAnnotation)];
  return collectionFrame(collectionId, items.length, now, items);
}
