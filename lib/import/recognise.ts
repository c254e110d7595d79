/**
 * Naming what a file is when it is not something Backstory imports, so the refusal tells the
 * reader what they picked and what to pick instead: Backstory's own CSV, Markdown and CSL-JSON
 * exports, a knowledge pack, a web page, a collection that only links to its pages.
 */
import { CSV_COLUMNS } from '../export/csv';

/**
 * What Backstory does import, as the close of a refusal's one sentence (after a semicolon): a
 * refusal is one plain sentence that says what the file is, which file, and what to do.
 */
const TAKE = 'Backstory imports only its own JSON or W3C Web Annotation files';
/**
 * What to do with one of Backstory's other exports (CSV, Markdown, CSL-JSON) instead, where to
 * do it, in the same sentence as what the file is: a newcomer who exported every format and
 * offered each back met "… was not imported. This is a Markdown export. Backstory imports …",
 * three sentences where the CSV file got one.
 */
const EXPORT_AGAIN = 'export your claims again as “Backstory JSON” (Export, above) and choose that file';
/**
 * How a refusal that names the file begins: the options page puts the file's name in its place
 * ("claims.csv is a CSV export, …"), so one sentence says what, which file, and what to do.
 */
export const THIS_FILE = 'This file';

/**
 * How a refusal of a file that is not JSON closes, for the box the file was offered in: the
 * claims box sends the reader to export Backstory JSON, the packs box says what a pack is.
 */
export interface NonJsonAdvice {
  /** Follows "This file is a CSV export" (one of Backstory's other exports, or a spreadsheet). */
  otherExport: string;
  /** Follows "This file is a web page or XML document, ". */
  notThis: string;
  /** Closes the sentence after a semicolon: what the box does take. */
  take: string;
}

/** The claims box's advice. */
export const CLAIMS_ADVICE: NonJsonAdvice = {
  otherExport: `, which Backstory cannot import: ${EXPORT_AGAIN}`,
  notThis: 'not an export',
  take: TAKE,
};

/** What a file that does not begin like JSON is, as a sentence, from its first characters. */
export function describeNonJson(start: string, advice: NonJsonAdvice = CLAIMS_ADVICE): string {
  const head = start.replace(/^\uFEFF/, '').trimStart();
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?created"?[,;\t]"?label"?/.test(firstLine) && firstLine.includes(CSV_COLUMNS[2]))
    return `${THIS_FILE} is a CSV export${advice.otherExport}.`;
  if (/^---\r?\n/.test(head) && head.includes('Claims marked with Backstory'))
    return `${THIS_FILE} is a Markdown export${advice.otherExport}.`;
  if (/^<(!doctype|html|\?xml|svg|head|body)/i.test(head))
    return `${THIS_FILE} is a web page or XML document, ${advice.notThis}; ${advice.take}.`;
  if (/^(-?\d|"|true\b|false\b|null\b)/.test(head))
    return `${THIS_FILE} holds a single value, not claims or annotations; ${advice.take}.`;
  const separated = firstLine.split(/[,;\t]/).length;
  if (separated >= 3) return `${THIS_FILE} looks like a spreadsheet (CSV)${advice.otherExport}.`;
  return `${THIS_FILE} is not a JSON file; ${advice.take}.`;
}

const CSL_TYPES = new Set([
  'article-newspaper',
  'webpage',
  'article',
  'article-journal',
  'book',
  'report',
  'post-weblog',
]);

/** Whether an item of a top-level array is a CSL-JSON reference rather than an annotation. */
export function isCslItem(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item['type'] === 'string' &&
    CSL_TYPES.has(item['type']) &&
    item['target'] === undefined &&
    ('URL' in item || 'title' in item || 'accessed' in item)
  );
}

export const CSL_MESSAGE = `${THIS_FILE} is a CSL-JSON export (a reference list for Zotero), which Backstory cannot import: ${EXPORT_AGAIN}.`;
export const PACK_MESSAGE = `${THIS_FILE} is a knowledge pack, not an export of claims; import it under Knowledge packs in the settings.`;
export const LINKED_PAGES_MESSAGE = `${THIS_FILE} is a collection that lists its pages by address, which Backstory cannot fetch; export it with embedded pages.`;
export const UNKNOWN_JSON_MESSAGE = `${THIS_FILE} is JSON but neither a Backstory export nor W3C Web Annotation; ${TAKE}.`;
export const EMPTY_MESSAGE = `${THIS_FILE} is empty; ${TAKE}.`;

/** Words a refusal may open with that read in lower case after "… was not imported: ". */
const LOWER_OPENERS = /^(The|This|A|An|One|Other|Some)\b/;

/**
 * A refusal as the options page says it, of the file named `name`: one sentence, with the name
 * in place of "This file" or "The file" ("claims.csv is a CSV export, …"), or in place of "the
 * file" inside it ("One record in claims.json …"), or else before the reason ("pack.json was not
 * imported: the pack has 2 problems, …"), never "… was not imported. …" as a sentence of its own.
 */
export function namedRefusal(name: string, message: string): string {
  const said = /[.!?]$/.test(message) ? message : `${message}.`;
  if (/^(This|The) file\b/.test(said)) return said.replace(/^(This|The) file/, name);
  if (/\bthe file\b/.test(said)) return said.replace(/\bthe file\b/, name);
  const reason = LOWER_OPENERS.test(said) ? said.charAt(0).toLowerCase() + said.slice(1) : said;
  return `${name} was not imported: ${reason}`;
}
