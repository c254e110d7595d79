/**
 * Reading a knowledge-pack file of any size in pieces: its sources, entities and claims are
 * parsed one at a time as they complete (the same scanner and limits as claim imports), so the
 * file's text is never held whole — only the parsed pack, which `validatePack` then checks.
 */
import { ImportError } from '../import/errors';
import { JsonScanner, NotJsonError, type ScanLimits, DEFAULT_LIMITS } from '../import/json-scan';
import { describeNonJson, type NonJsonAdvice } from '../import/recognise';

const LISTS = new Set(['$.sources', '$.entities', '$.claims']);
/** A source's text can be long (a book chapter); everything else is small. */
const PACK_LIMITS: ScanLimits = { ...DEFAULT_LIMITS, maxItem: 20_000_000 };

/** Largest pack file accepted, in bytes. */
export const MAX_PACK_BYTES = 200_000_000;

/**
 * The close of a refusal in the packs box: the claims box's advice ("export your claims again as
 * Backstory JSON and choose that file") would send the reader to choose a claims export under
 * Knowledge packs, which is refused too.
 */
const PACK_ADVICE: NonJsonAdvice = {
  otherExport: ', not a knowledge pack; a knowledge pack is a JSON file',
  notThis: 'not a knowledge pack',
  take: 'a knowledge pack is a JSON file',
};

export class PackReader {
  private readonly scanner = new JsonScanner((path) => LISTS.has(path), PACK_LIMITS);
  private readonly lists: Record<string, unknown[]> = { sources: [], entities: [], claims: [] };

  push(text: string): void {
    try {
      for (const item of this.scanner.write(text)) {
        const list = item.array.slice(2);
        this.lists[list]!.push(this.parse(item.text, `${list}[${item.index}]`));
      }
    } catch (error) {
      if (error instanceof NotJsonError)
        throw new ImportError(describeNonJson(error.start, PACK_ADVICE), [
          { path: '$', message: 'not JSON' },
        ]);
      throw error;
    }
  }

  /** The whole pack as parsed, for `validatePack`. */
  finish(): unknown {
    const text = this.scanner.end();
    if (text.trim() === '')
      throw new ImportError('The file is empty; a knowledge pack is a JSON file.', [
        { path: '$', message: 'empty' },
      ]);
    const envelope = this.parse(text, '$');
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return envelope;
    const pack = envelope as Record<string, unknown>;
    if (pack['format'] === 'backstory-claims')
      throw new ImportError(
        'This file is an export of claims, not a knowledge pack; import it under Your claims.',
        [{ path: 'format', message: 'an export of claims' }],
      );
    for (const [name, items] of Object.entries(this.lists)) if (Array.isArray(pack[name])) pack[name] = items;
    return pack;
  }

  private parse(text: string, path: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new ImportError(
        `The file is not valid JSON${path === '$' ? '' : ` (in ${path})`}; it may be damaged, so export it again.`,
        [{ path, message: 'not valid JSON' }],
      );
    }
  }
}
