/**
 * Reading an import file: Backstory's own JSON, or W3C Web Annotation JSON-LD (a single
 * Annotation, an array of them, an AnnotationPage or an AnnotationCollection with embedded
 * pages). The text arrives in chunks (`ImportReader`) or whole (`readImport`); each claim is
 * checked as soon as it is complete, so the file itself is never held. Every claim that can be
 * read becomes a validated `SavedClaim`; every one that cannot is reported with the JSON path
 * of the problem; a file that is not an import at all is refused with one sentence saying what
 * it is. Nothing here touches the database.
 */
import type { Issue } from '../result';
import { toIssues } from '../zod-issues';
import { quotedText } from '../visible-text';
import { bundleSchema, BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_ITEMS } from '../export/bundle';
import {
  claimRelationSchema,
  relationId,
  savedClaimSchema,
  type ClaimRelation,
  type SavedClaim,
} from '../claims/schema';
import type { Settings } from '../settings/schema';
import { isRelationAnnotation, relationFromAnnotation } from '../export/w3c-relations';
import { annotationToClaim } from './from-annotation';
import { FileDecoder } from './decode';
import { ImportError } from './errors';
import { JsonScanner, NotJsonError, type ScannedItem } from './json-scan';
import {
  CSL_MESSAGE,
  describeNonJson,
  EMPTY_MESSAGE,
  isCslItem,
  LINKED_PAGES_MESSAGE,
  PACK_MESSAGE,
  UNKNOWN_JSON_MESSAGE,
} from './recognise';

export { ImportError };

export interface ReadResult {
  format: 'backstory' | 'w3c';
  claims: SavedClaim[];
  relations: ClaimRelation[];
  settings?: Settings;
  /** Items that could not be read, each with its problems. */
  invalid: { path: string; issues: Issue[] }[];
  /** Problems with the file as a whole that did not stop it being read (pages it only links to). */
  notes: Issue[];
}

const tooManyRelations = (max: number) =>
  `This file links its claims by more than ${max.toLocaleString('en')} relations, more than Backstory imports at once, so nothing was changed: split it and import the parts one by one.`;

/** Largest import file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 512_000_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const W3C_PAGE_ITEMS = /^\$(\.first)?(\.next)*\.items$/;
const itemArrays = (path: string) =>
  path === '$' || path === '$.claims' || path === '$.relations' || W3C_PAGE_ITEMS.test(path);

/** `$.first.items` item 3 → `first.items[3]`; `$` item 3 → `[3]`. */
const itemPath = (item: Pick<ScannedItem, 'array' | 'index'>) =>
  `${item.array.replace(/^\$\.?/, '')}[${item.index}]`;

const prefixed = (prefix: string, issues: Issue[]) =>
  issues.map((i) => ({
    ...i,
    path: i.path === '$' ? prefix : `${prefix}${i.path.startsWith('[') ? '' : '.'}${i.path}`,
  }));

/** Parses one item or the envelope; a syntax error is reported with its line. */
function parseJson(text: string, line: number, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message);
    const within = position ? text.slice(0, Number(position[1])).split('\n').length - 1 : 0;
    throw new ImportError(
      `The file is not valid JSON at line ${(line + within).toLocaleString('en-GB')}${path === '$' ? '' : ` (in ${path})`}; it may be damaged, so export it again.`,
      [{ path, message: 'not valid JSON' }],
    );
  }
}

/** Lower-cases a saved claim's end of a relation and derives the id from both ends. */
function normaliseRelation(relation: ClaimRelation): ClaimRelation {
  const end = (ref: ClaimRelation['from']) =>
    ref.kind === 'saved' ? { ...ref, id: ref.id.toLowerCase() } : ref;
  const from = end(relation.from);
  const to = end(relation.to);
  return { ...relation, id: relationId(from, to), from, to };
}

const lowerId = (item: unknown) =>
  isObject(item) && typeof item['id'] === 'string' ? { ...item, id: item['id'].toLowerCase() } : item;

/** An import file's text, chunk by chunk; `finish` says what it held. */
export class ImportReader {
  private readonly scanner = new JsonScanner(itemArrays);
  private result: ReadResult = { format: 'w3c', claims: [], relations: [], invalid: [], notes: [] };
  private readonly kinds = new Set<'bundle' | 'w3c'>();
  /** Claims and invalid items read so far, drained or not. */
  private items = 0;
  /** Relations read so far, drained or not. */
  private relationCount = 0;

  /**
   * `maxRelations`: the most relations a file may hold. The background keeps a file's relations
   * until its end (to check both ends of each), so a file of millions would exhaust its memory;
   * the limit is what one export can hold, so every export imports back.
   */
  constructor(private readonly maxRelations = MAX_BUNDLE_ITEMS) {}

  /** Reads the next piece of the file's text. */
  push(text: string): void {
    let items: ScannedItem[];
    try {
      items = this.scanner.write(text);
    } catch (error) {
      if (error instanceof NotJsonError)
        throw new ImportError(describeNonJson(error.start), [{ path: '$', message: 'not JSON' }]);
      throw error;
    }
    for (const item of items) this.take(item);
  }

  /**
   * Hands over the claims, relations and invalid items read so far and forgets them, so a
   * caller that handles them as they come never holds the whole file's claims.
   */
  drain(): Pick<ReadResult, 'claims' | 'relations' | 'invalid'> {
    const { claims, relations, invalid } = this.result;
    this.result = { ...this.result, claims: [], relations: [], invalid: [] };
    return { claims, relations, invalid };
  }

  private take(item: ScannedItem) {
    const path = itemPath(item);
    const value = parseJson(item.text, item.line, path);
    if (item.array === '$.claims' || item.array === '$.relations') {
      this.kinds.add('bundle');
      const claim = item.array === '$.claims';
      const parsed = claim
        ? savedClaimSchema.safeParse(lowerId(value))
        : claimRelationSchema.safeParse(value);
      if (claim) this.items++;
      if (!parsed.success) this.result.invalid.push({ path, issues: prefixed(path, toIssues(parsed.error)) });
      else if (claim) this.result.claims.push(parsed.data as SavedClaim);
      else this.relation(normaliseRelation(parsed.data as ClaimRelation), path);
      return;
    }
    if (item.array === '$' && item.index === 0 && isCslItem(value))
      throw new ImportError(CSL_MESSAGE, [{ path: '$', message: 'CSL-JSON' }]);
    this.kinds.add('w3c');
    this.annotation(value, path);
  }

  private relation(relation: ClaimRelation, path: string) {
    if (++this.relationCount > this.maxRelations)
      throw new ImportError(tooManyRelations(this.maxRelations), [
        { path, message: `more than ${this.maxRelations} relations` },
      ]);
    this.result.relations.push(relation);
  }

  private annotation(value: unknown, path: string) {
    const relation = isRelationAnnotation(value) ? relationFromAnnotation(value) : undefined;
    if (relation?.ok) return this.relation(relation.relation, path);
    const read = relation ?? annotationToClaim(value);
    if (!relation) this.items++;
    if (read.ok) this.result.claims.push(read.claim);
    else
      this.result.invalid.push({
        path,
        issues: prefixed(path === '$' ? '' : path, read.issues).map((i) => ({
          ...i,
          path: i.path.replace(/^\./, '') || '$',
        })),
      });
  }

  /** Ends the file: checks what surrounds the items and returns everything read. */
  finish(): ReadResult {
    const text = this.scanner.end();
    if (text.trim() === '') throw new ImportError(EMPTY_MESSAGE, [{ path: '$', message: 'empty file' }]);
    const envelope = parseJson(text, 1, '$');
    if (Array.isArray(envelope)) return this.result;
    if (!isObject(envelope))
      throw new ImportError(UNKNOWN_JSON_MESSAGE, [{ path: '$', message: 'not an object' }]);
    const format = envelope['format'];
    if (format === BUNDLE_FORMAT) return this.bundle(envelope);
    if (this.kinds.has('bundle') && format === undefined && envelope['type'] === undefined)
      throw new ImportError(UNKNOWN_JSON_MESSAGE, [
        { path: 'format', message: `expected "${BUNDLE_FORMAT}"` },
      ]);
    if (format === 'backstory-knowledge-pack')
      throw new ImportError(PACK_MESSAGE, [{ path: 'format', message: 'a knowledge pack' }]);
    const types = new Set(([] as unknown[]).concat(envelope['type']));
    if (types.has('Annotation')) {
      this.annotation(envelope, '$');
      return this.result;
    }
    if (types.has('AnnotationPage')) return this.pages(envelope, '');
    if (types.has('AnnotationCollection')) {
      const first = envelope['first'];
      if (typeof first === 'string' && this.items === 0)
        throw new ImportError(LINKED_PAGES_MESSAGE, [
          { path: 'first', message: 'a page address, not a page' },
        ]);
      return isObject(first) ? this.pages(first, 'first.') : this.result;
    }
    throw new ImportError(
      typeof format === 'string'
        ? `This file's format is ${quotedText(format, 80)}, which Backstory does not read; it imports its own JSON or W3C Web Annotation files.`
        : UNKNOWN_JSON_MESSAGE,
      [
        {
          path: 'format',
          message: `expected "format": "${BUNDLE_FORMAT}" or a W3C Annotation, AnnotationPage or AnnotationCollection`,
        },
      ],
    );
  }

  /** Notes a page chain that continues by address (which Backstory cannot follow). */
  private pages(page: Record<string, unknown>, path: string): ReadResult {
    let at: unknown = page;
    let where = path;
    for (let depth = 0; isObject(at) && depth < 100; depth++) {
      if (typeof at['next'] === 'string') {
        this.result.notes.push({
          path: `${where}next`,
          message:
            'more annotations are on pages this file only links to, which Backstory cannot fetch; only those in the file were read',
        });
      }
      at = at['next'];
      where = `${where}next.`;
    }
    return this.result;
  }

  private bundle(envelope: Record<string, unknown>): ReadResult {
    if (this.kinds.has('w3c'))
      throw new ImportError(UNKNOWN_JSON_MESSAGE, [{ path: '$', message: 'mixed formats' }]);
    this.result.format = 'backstory';
    if (envelope['formatVersion'] !== BUNDLE_VERSION) {
      // The file's own value, shown in the sentence: cut short, since it may be megabytes long.
      const version = quotedText(envelope['formatVersion'], 40);
      throw new ImportError(
        `This file is version ${version} of Backstory's export format, and this Backstory reads version ${BUNDLE_VERSION}; update Backstory and import it again.`,
        [{ path: 'formatVersion', message: `expected ${BUNDLE_VERSION}, got ${version}` }],
      );
    }
    const { claims, relations, ...head } = envelope;
    if (!Array.isArray(claims))
      throw new ImportError('The export has no list of claims, so it is damaged; export it again.', [
        { path: 'claims', message: 'must be an array' },
      ]);
    if (relations !== undefined && !Array.isArray(relations))
      throw new ImportError('The export’s relations are not a list, so it is damaged; export it again.', [
        { path: 'relations', message: 'must be an array' },
      ]);
    const parsed = bundleSchema.omit({ claims: true, relations: true }).safeParse(head);
    if (!parsed.success)
      throw new ImportError(
        'The export’s header is damaged (the problems are listed below); export it again.',
        toIssues(parsed.error),
      );
    if (parsed.data.settings) this.result.settings = parsed.data.settings;
    return this.result;
  }
}

/** Reads a whole import file's text, or throws an `ImportError` saying what it is and where. */
export function readImport(text: string): ReadResult {
  const reader = new ImportReader();
  reader.push(text);
  return reader.finish();
}

/** Reads a whole import file's bytes (any encoding Backstory accepts). */
export function readImportBytes(bytes: Uint8Array): ReadResult {
  const decoder = new FileDecoder(MAX_IMPORT_BYTES);
  const reader = new ImportReader();
  reader.push(decoder.write(bytes));
  reader.push(decoder.end());
  return reader.finish();
}
