/**
 * Reads a JSON document of any size in chunks, handing out the items of its big arrays (a
 * claim, an annotation, a pack's entity) one by one as text, and keeping the rest — the small
 * envelope around them — to parse at the end. Nesting depth and item size are checked here,
 * before anything recursive (JSON.parse, zod, structured cloning) ever sees the data, so a
 * hostile file cannot overflow the stack or the memory. Only structure is checked while
 * scanning; each item and the envelope are then parsed by `JSON.parse`, which checks the rest.
 */
import { ImportError } from './errors';

export interface ScanLimits {
  /** Deepest nesting accepted (objects and arrays). */
  maxDepth: number;
  /** Largest single item, in characters. */
  maxItem: number;
  /** Largest envelope (everything outside the items), in characters. */
  maxEnvelope: number;
}

export const DEFAULT_LIMITS: ScanLimits = { maxDepth: 64, maxItem: 4_000_000, maxEnvelope: 16_000_000 };

export interface ScannedItem {
  /** The path of the array it is in: `$.claims`, `$.first.items`, `$` for a top-level array. */
  array: string;
  index: number;
  /** Its JSON text. */
  text: string;
  /** The line it starts on (from 1). */
  line: number;
}

interface Container {
  object: boolean;
  path: string;
  /** Objects: the next string is a key. */
  expectKey: boolean;
  key: string;
  /** Arrays whose items are handed out. */
  items: boolean;
  index: number;
}

const plain = (n: number) => n.toLocaleString('en-GB');

/** A JSON text, chunk by chunk. `write` returns the items completed in that chunk. */
export class JsonScanner {
  private stack: Container[] = [];
  private inString = false;
  private stringIsKey = false;
  private keyParts: string[] = [];
  private keyLength = 0;
  private envelope: string[] = [];
  private envelopeLength = 0;
  private item: string[] | undefined;
  private itemLength = 0;
  private itemLine = 0;
  private line = 1;
  private started = false;
  private done = false;

  constructor(
    /** Which arrays' items to hand out, by path. */
    private readonly isItemArray: (path: string) => boolean,
    private readonly limits: ScanLimits = DEFAULT_LIMITS,
  ) {}

  write(chunk: string): ScannedItem[] {
    const out: ScannedItem[] = [];
    // Start of the current run of text that belongs to the envelope or to the open item.
    let from = 0;
    const keep = (to: number) => {
      if (to > from) this.append(chunk.slice(from, to));
      from = to;
    };
    for (let i = 0; i < chunk.length; i++) {
      if (this.inString) {
        const end = this.stringEnd(chunk, i);
        if (this.stringIsKey) this.keyPiece(chunk.slice(i, end < 0 ? chunk.length : end));
        if (end < 0) break;
        i = end;
        this.inString = false;
        if (this.stringIsKey) this.top().key = this.takeKey();
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
      if (c === 0x0a) {
        this.line++;
        continue;
      }
      if (!this.started) {
        this.started = true;
        if (c !== 0x7b && c !== 0x5b) throw new NotJsonError(chunk.slice(i, i + 200));
      }
      if (this.done) throw this.syntax('there is more after the end of the JSON');
      const parent = this.stack.at(-1);
      // A value starting directly in an item array begins an item.
      if (parent?.items && this.item === undefined && c !== 0x5d && c !== 0x2c) {
        keep(i);
        this.item = [];
        this.itemLength = 0;
        this.itemLine = this.line;
      }
      if (c === 0x22) {
        this.inString = true;
        this.escapeFirst = false;
        this.stringIsKey = parent?.object === true && parent.expectKey && this.item === undefined;
        if (this.stringIsKey) this.keyParts = [];
        this.keyLength = 0;
        // A key or string in an object inside an item also ends that object's key state.
        if (parent?.object && parent.expectKey) parent.expectKey = false;
      } else if (c === 0x7b || c === 0x5b) {
        if (this.stack.length >= this.limits.maxDepth) {
          throw new ImportError(
            `The file nests data more than ${this.limits.maxDepth} levels deep (line ${plain(this.line)}), which no Backstory or W3C file does; it was not read.`,
            [{ path: this.where(), message: `nested more than ${this.limits.maxDepth} levels deep` }],
          );
        }
        const path = parent ? (parent.object ? `${parent.path}.${parent.key}` : `${parent.path}[]`) : '$';
        const object = c === 0x7b;
        this.stack.push({
          object,
          path,
          expectKey: object,
          key: '',
          items: !object && this.item === undefined && this.isItemArray(path),
          index: 0,
        });
        if (this.stack.at(-1)!.items) {
          keep(i + 1);
        }
      } else if (c === 0x7d || c === 0x5d) {
        const closing = this.stack.pop();
        if (!closing) throw this.syntax(`a “${chunk[i]}” closes nothing`);
        if (closing.object !== (c === 0x7d))
          throw this.syntax(`a “${chunk[i]}” where a “${closing.object ? '}' : ']'}” should be`);
        if (closing.items) {
          if (this.item !== undefined) out.push(this.finishItem(chunk, from, i, closing));
          from = i;
        }
        if (this.stack.length === 0) this.done = true;
      } else if (c === 0x3a) {
        if (parent?.object) parent.expectKey = false;
      } else if (c === 0x2c) {
        if (parent?.object) parent.expectKey = true;
        if (parent?.items && this.item !== undefined) {
          out.push(this.finishItem(chunk, from, i, parent));
          from = i + 1;
        }
      }
      this.checkSizes(i - from);
    }
    keep(chunk.length);
    this.checkSizes(0);
    return out;
  }

  /** The envelope's text, once the whole document has been written. */
  end(): string {
    if (!this.started) return '';
    if (this.inString || this.stack.length > 0) {
      // A mistake before the end ("{ nope") is a better answer than "cut short".
      const early = syntaxErrorIn(this.envelope.join(''));
      if (early !== undefined)
        throw new ImportError(
          `The file is not valid JSON at line ${plain(early)}; it may be damaged, so export it again.`,
          [{ path: this.where(), message: 'not valid JSON' }],
        );
      throw new ImportError(
        `The file ends in the middle of its data (line ${plain(this.line)}), so it was probably cut short; export it again.`,
        [{ path: this.where(), message: 'the file ends too early' }],
      );
    }
    return this.envelope.join('');
  }

  private top(): Container {
    return this.stack.at(-1)!;
  }

  /**
   * Index of the closing quote of the string running at `i`, or -1 if the chunk ends first.
   * A quote is escaped by an odd run of backslashes before it, which may have begun at the end
   * of the previous chunk (`escapeFirst`).
   */
  private stringEnd(chunk: string, i: number): number {
    const carried = () => (this.escapeFirst ? 1 : 0);
    for (let at = i; ;) {
      const quote = chunk.indexOf('"', at);
      const end = quote < 0 ? chunk.length : quote;
      const run = countBackslashes(chunk, end);
      const escaped = (run + (end - run === 0 ? carried() : 0)) % 2 === 1;
      if (quote < 0) {
        this.escapeFirst = escaped;
        return -1;
      }
      if (!escaped) {
        this.escapeFirst = false;
        return quote;
      }
      at = quote + 1;
    }
  }
  private escapeFirst = false;

  private keyPiece(text: string) {
    if (this.keyLength < 1000) this.keyParts.push(text);
    this.keyLength += text.length;
  }

  private takeKey(): string {
    const raw = this.keyParts.join('');
    this.keyParts = [];
    if (this.keyLength >= 1000) return '…';
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  private append(text: string) {
    if (this.item !== undefined) {
      this.item.push(text);
      this.itemLength += text.length;
    } else {
      this.envelope.push(text);
      this.envelopeLength += text.length;
    }
  }

  private checkSizes(pending: number) {
    if (this.item !== undefined && this.itemLength + pending > this.limits.maxItem) {
      throw new ImportError(
        `One record in the file (${this.where()}, line ${plain(this.itemLine)}) is over ${plain(this.limits.maxItem / 1e6)} MB, far more than any claim can hold; the file was not read.`,
        [{ path: this.where(), message: 'record too large' }],
      );
    }
    if (this.item === undefined && this.envelopeLength + pending > this.limits.maxEnvelope) {
      throw new ImportError(
        `The file holds over ${plain(this.limits.maxEnvelope / 1e6)} MB of data outside its list of claims or annotations, which no Backstory or W3C file does; it was not read.`,
        [{ path: this.where(), message: 'too much data outside the records' }],
      );
    }
  }

  private finishItem(chunk: string, from: number, to: number, array: Container): ScannedItem {
    if (to > from) this.item!.push(chunk.slice(from, to));
    const text = this.item!.join('').trimEnd();
    this.item = undefined;
    return { array: array.path, index: array.index++, text, line: this.itemLine };
  }

  /** A JSON path to where the scanner is, for messages. */
  private where(): string {
    let path = '';
    for (const c of this.stack) {
      if (c.items) return `${c.path.replace(/^\$\.?/, '')}[${c.index}]`.replace(/^\[/, '$[');
      path = c.path;
    }
    return path.replace(/^\$\.?/, '') || '$';
  }

  private syntax(what: string): ImportError {
    return new ImportError(
      `The file is not valid JSON: ${what} (line ${plain(this.line)}); it may be damaged, so export it again.`,
      [{ path: this.where(), message: 'not valid JSON' }],
    );
  }
}

/** The file does not start like JSON at all; `start` is its first characters, for recognising it. */
export class NotJsonError extends Error {
  constructor(readonly start: string) {
    super('not JSON');
    this.name = 'NotJsonError';
  }
}

function countBackslashes(text: string, before: number): number {
  let n = 0;
  while (before - n - 1 >= 0 && text.charCodeAt(before - n - 1) === 0x5c) n++;
  return n;
}

/** The line of a syntax error that comes before the end of an unfinished text, if there is one. */
function syntaxErrorIn(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message);
    if (!position || /end of JSON|Unterminated/i.test(message)) return undefined;
    const at = Number(position[1]);
    if (text.slice(at).trim() === '') return undefined;
    return text.slice(0, at).split('\n').length;
  }
}
