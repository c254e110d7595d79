/**
 * Every export format as a stream of text pieces, from claims that arrive in batches. JSON,
 * W3C and CSV are written as the batches come, so an export of any size is never held whole;
 * CSL-JSON keeps one claim per page; Markdown groups and sorts claims (by page or by
 * actor/event), so it gathers them first and streams only its text. The same code serves the
 * extension and `npm run convert`.
 */
import type { ClaimRelation, SavedClaim } from '../claims/schema';
import type { Settings } from '../settings/schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle';
import { csvHeader, csvRows } from './csv';
import { CslPages } from './csl';
import type { EntityInfo } from './entities';
import { layout, slot, slotEnd, slotItem } from './json-stream';
import { toMarkdown, toMarkdownFiles, type MarkdownGrouping } from './markdown';
import { zipFiles } from './zip';
import { collectionFrame, toAnnotation } from './web-annotation';
import { relationAnnotation } from './w3c-relations';

export const exportFormats = ['json', 'w3c', 'csv', 'md', 'csl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  /** CSV: begin with a byte order mark, for Excel. */
  bom?: boolean;
  /** Markdown: group claims by page or by actor/event. */
  grouping?: MarkdownGrouping;
  /** Markdown: one file for everything, or one note per page (a zip of them). */
  files?: 'one' | 'page';
  /** Backstory JSON: include the settings. */
  includeSettings?: boolean;
}

/** What an export is made from: claims in batches (in a stable order), and what goes with them. */
export interface ExportSource {
  /** How many claims `batches` will give. */
  count: number;
  batches: () => AsyncIterable<readonly SavedClaim[]>;
  /** Relations with at least one end among the claims. */
  relations: readonly ClaimRelation[];
  info: EntityInfo;
  kbVersion: string;
  settings?: Settings;
  options: ExportOptions;
  now: Date;
  /** For W3C: the collection's id. */
  collectionId: string;
}

/** Joins small pieces into strings of about `size` characters, so each message carries enough. */
async function* coalesce(pieces: AsyncIterable<string>, size = 1 << 20): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

async function* slotItems<T>(
  batches: AsyncIterable<readonly T[]>,
  indent: string,
  map: (value: T) => unknown,
  state: { empty: boolean },
): AsyncGenerator<string> {
  for await (const batch of batches) {
    let text = '';
    for (const value of batch) {
      text += slotItem(map(value), indent, state.empty);
      state.empty = false;
    }
    yield text;
  }
}

async function* once<T>(values: readonly T[]): AsyncGenerator<readonly T[]> {
  yield values;
}

async function* json(source: ExportSource): AsyncGenerator<string> {
  const document: Record<string, unknown> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    exported: source.now.toISOString(),
    kbVersion: source.kbVersion,
    claims: slot('claims'),
    relations: slot('relations'),
  };
  if (source.settings) document['settings'] = source.settings;
  const { parts, indents } = layout(document, ['claims', 'relations']);
  yield parts[0]!;
  const claims = { empty: true };
  yield* slotItems(source.batches(), indents[0]!, (c) => c, claims);
  yield slotEnd(parts[1]!, indents[0]!, claims.empty);
  const relations = { empty: true };
  yield* slotItems(once(source.relations), indents[1]!, (r) => r, relations);
  yield `${slotEnd(parts[2]!, indents[1]!, relations.empty)}\n`;
}

async function* w3c(source: ExportSource): AsyncGenerator<string> {
  const frame = collectionFrame(source.collectionId, source.count + source.relations.length, source.now);
  frame.first.items = slot('items');
  const { parts, indents } = layout(frame, ['items']);
  yield parts[0]!;
  const state = { empty: true };
  yield* slotItems(source.batches(), indents[0]!, toAnnotation, state);
  yield* slotItems(once(source.relations), indents[0]!, relationAnnotation, state);
  yield `${slotEnd(parts[1]!, indents[0]!, state.empty)}\n`;
}

async function* csv(source: ExportSource): AsyncGenerator<string> {
  yield csvHeader({ bom: source.options.bom });
  for await (const batch of source.batches()) yield csvRows(batch, source.info);
}

async function gather(source: ExportSource): Promise<SavedClaim[]> {
  const all: SavedClaim[] = [];
  for await (const batch of source.batches()) all.push(...batch);
  return all;
}

async function* inPieces(text: string): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += 1 << 20) yield text.slice(at, at + (1 << 20));
}

/** Markdown groups claims (by page or by actor/event) and sorts each group: it gathers them first. */
async function* markdown(source: ExportSource): AsyncGenerator<string> {
  const claims = await gather(source);
  // One note per page is a zip, sent as base64: pieces of 2^20 characters (a multiple of 4)
  // each decode on their own.
  if (source.options.files === 'page')
    return yield* inPieces(zipFiles(toMarkdownFiles(claims, source.info, { now: source.now })));
  yield* inPieces(
    toMarkdown(claims, source.info, { grouping: source.options.grouping ?? 'page', now: source.now }),
  );
}

/** CSL-JSON keeps one claim per page as the batches pass, never all of them. */
async function* csl(source: ExportSource): AsyncGenerator<string> {
  const pages = new CslPages();
  for await (const batch of source.batches()) pages.add(batch);
  yield* inPieces(`${JSON.stringify(pages.items(), null, 2)}\n`);
}

/** The export file's text, in pieces of about a megabyte. */
export function renderStream(format: ExportFormat, source: ExportSource): AsyncGenerator<string> {
  switch (format) {
    case 'json':
      return coalesce(json(source));
    case 'w3c':
      return coalesce(w3c(source));
    case 'csv':
      return coalesce(csv(source));
    case 'md':
      return markdown(source);
    case 'csl':
      return csl(source);
  }
}

/** Whether the export's text is a binary file in base64 (Markdown as one note per page, zipped). */
export const isZipped = (format: ExportFormat, options: ExportOptions) =>
  format === 'md' && options.files === 'page';

/** The whole file at once, for tests and small exports. */
export async function renderToString(format: ExportFormat, source: ExportSource): Promise<string> {
  let text = '';
  for await (const piece of renderStream(format, source)) text += piece;
  return text;
}

/** An export source over claims already in memory (the CLI, tests), in batches of 500. */
export function sourceFromArray(
  claims: readonly SavedClaim[],
  rest: Omit<ExportSource, 'count' | 'batches' | 'relations'> & { relations: readonly ClaimRelation[] },
): ExportSource {
  const ids = new Set(claims.map((c) => c.id));
  return {
    ...rest,
    count: claims.length,
    relations: relationsAmong(rest.relations, ids),
    batches: async function* () {
      for (let at = 0; at < claims.length; at += 500) yield claims.slice(at, at + 500);
    },
  };
}

/** Relations kept in an export: those with at least one end among the exported claims. */
export function relationsAmong(
  relations: readonly ClaimRelation[],
  ids: ReadonlySet<string>,
): ClaimRelation[] {
  return relations.filter(
    (r) => (r.from.kind === 'saved' && ids.has(r.from.id)) || (r.to.kind === 'saved' && ids.has(r.to.id)),
  );
}
