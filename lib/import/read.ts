/**
 * Reading an import file: Backstory's own JSON, or W3C Web Annotation JSON-LD (a single
 * Annotation, an array of them, an AnnotationPage or an AnnotationCollection). Every claim that
 * can be read becomes a validated `SavedClaim`; every one that cannot is reported with the JSON
 * path of the problem. Nothing here touches the database.
 */
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import { bundleSchema, BUNDLE_FORMAT, BUNDLE_VERSION } from '../export/bundle';
import { claimRelationSchema, savedClaimSchema, type ClaimRelation, type SavedClaim } from '../claims/schema';
import type { Settings } from '../settings/schema';
import { annotationToClaim } from './from-annotation';

export interface ReadResult {
  format: 'backstory' | 'w3c';
  claims: SavedClaim[];
  relations: ClaimRelation[];
  settings?: Settings;
  /** Items that could not be read, each with its problems. */
  invalid: { path: string; issues: Issue[] }[];
}

export class ImportError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Largest import file accepted, in characters. */
export const MAX_IMPORT_SIZE = 50_000_000;

const prefixed = (prefix: string, issues: Issue[]) =>
  issues.map((i) => ({
    ...i,
    path: i.path === '$' ? prefix : `${prefix}${i.path.startsWith('[') ? '' : '.'}${i.path}`,
  }));

function parseJson(text: string): unknown {
  if (text.length > MAX_IMPORT_SIZE) {
    throw new ImportError(`The file is too large (over ${MAX_IMPORT_SIZE / 1e6} MB)`, [
      { path: '$', message: 'file too large' },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(`The file is not valid JSON: ${message}`, [
      { path: '$', message: 'not valid JSON' },
    ]);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads Backstory JSON: the envelope must be right; each claim and relation is checked on its own. */
function readBundle(raw: Record<string, unknown>): ReadResult {
  if (raw['formatVersion'] !== BUNDLE_VERSION) {
    const version = JSON.stringify(raw['formatVersion']);
    throw new ImportError(
      `Unknown Backstory export version ${version}; this Backstory reads version ${BUNDLE_VERSION}`,
      [{ path: 'formatVersion', message: `expected ${BUNDLE_VERSION}, got ${version}` }],
    );
  }
  const { claims, relations, ...envelope } = raw;
  const head = bundleSchema.omit({ claims: true, relations: true }).safeParse(envelope);
  if (!head.success) throw new ImportError('The export file is damaged', toIssues(head.error));
  const result: ReadResult = { format: 'backstory', claims: [], relations: [], invalid: [] };
  if (head.data.settings) result.settings = head.data.settings;
  if (!Array.isArray(claims))
    throw new ImportError('The export has no list of claims', [
      { path: 'claims', message: 'must be an array' },
    ]);
  if (relations !== undefined && !Array.isArray(relations)) {
    throw new ImportError('The export’s relations are not a list', [
      { path: 'relations', message: 'must be an array' },
    ]);
  }
  claims.forEach((item, i) => {
    const parsed = savedClaimSchema.safeParse(item);
    if (parsed.success) result.claims.push(parsed.data);
    else
      result.invalid.push({ path: `claims[${i}]`, issues: prefixed(`claims[${i}]`, toIssues(parsed.error)) });
  });
  (relations ?? []).forEach((item, i) => {
    const parsed = claimRelationSchema.safeParse(item);
    if (parsed.success) result.relations.push(parsed.data);
    else
      result.invalid.push({
        path: `relations[${i}]`,
        issues: prefixed(`relations[${i}]`, toIssues(parsed.error)),
      });
  });
  return result;
}

/** The annotations inside any W3C container shape, with their JSON paths. */
function annotationsIn(raw: unknown): { path: string; value: unknown }[] {
  if (Array.isArray(raw)) return raw.map((value, i) => ({ path: `[${i}]`, value }));
  if (!isObject(raw)) return [];
  const type = raw['type'];
  if (type === 'Annotation') return [{ path: '$', value: raw }];
  const found: { path: string; value: unknown }[] = [];
  const walkPage = (page: unknown, path: string, depth: number) => {
    if (!isObject(page) || depth > 10_000) return;
    const items = page['items'];
    if (Array.isArray(items)) items.forEach((value, i) => found.push({ path: `${path}.items[${i}]`, value }));
    if (isObject(page['next'])) walkPage(page['next'], `${path}.next`, depth + 1);
  };
  if (type === 'AnnotationPage') walkPage(raw, '$', 0);
  if (type === 'AnnotationCollection') walkPage(raw['first'], 'first', 0);
  return found.map((f) => ({ ...f, path: f.path.replace(/^\$\./, '') }));
}

function readAnnotations(raw: unknown): ReadResult {
  const result: ReadResult = { format: 'w3c', claims: [], relations: [], invalid: [] };
  for (const { path, value } of annotationsIn(raw)) {
    const read = annotationToClaim(value);
    if (read.ok) result.claims.push(read.claim);
    else
      result.invalid.push({
        path,
        issues: prefixed(path === '$' ? '' : path, read.issues).map((i) => ({
          ...i,
          path: i.path.replace(/^\./, '') || '$',
        })),
      });
  }
  return result;
}

/** Reads an import file's text, or throws an `ImportError` naming the problem and where it is. */
export function readImport(text: string): ReadResult {
  const raw = parseJson(text);
  if (isObject(raw) && raw['format'] === BUNDLE_FORMAT) return readBundle(raw);
  const type = isObject(raw) ? raw['type'] : undefined;
  if (
    Array.isArray(raw) ||
    type === 'Annotation' ||
    type === 'AnnotationPage' ||
    type === 'AnnotationCollection'
  ) {
    return readAnnotations(raw);
  }
  throw new ImportError('This is neither a Backstory export nor W3C Web Annotation JSON-LD', [
    {
      path: isObject(raw) ? 'format' : '$',
      message: `expected "format": "${BUNDLE_FORMAT}" or a W3C Annotation, AnnotationPage or AnnotationCollection`,
    },
  ]);
}
