/**
 * Bytes to text for every file Backstory reads (claim imports, knowledge packs), in the CLI and
 * in the extension alike: UTF-8 with or without a byte order mark, UTF-16 with one (or, for
 * JSON, recognisable without one). Invalid UTF-8 is refused with the offset of the first bad
 * byte rather than silently replaced; binary files (archives, PDFs, spreadsheets) are named.
 * Works on chunks, so a file is never held whole.
 */
import { ImportError } from './errors';
import { THIS_FILE } from './recognise';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const MAGIC: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel or Word document is one)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel or Word document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i; // cut short at the end
      if ((next & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** How many bytes at the end of a chunk begin a UTF-8 sequence the chunk does not finish. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

const plain = (n: number) => n.toLocaleString('en-GB');

/** Decodes a file's bytes chunk by chunk; `write` and `end` return the text decoded so far. */
export class FileDecoder {
  private head = new Uint8Array(0);
  private decoder: TextDecoder | undefined;
  private encoding: Encoding = 'utf-8';
  private received = 0;
  /** File offset of the next byte handed to the decoder. */
  private consumed = 0;
  /** The last (up to three) bytes decoded, which may begin a character the next chunk ends. */
  private recent = new Uint8Array(0);

  constructor(private readonly maxBytes = Infinity) {}

  write(chunk: Uint8Array): string {
    this.received += chunk.length;
    if (this.received > this.maxBytes) {
      throw new ImportError(
        `The file is larger than ${plain(this.maxBytes / 1e6)} MB, the most Backstory reads; split it into smaller files.`,
        [{ path: '$', message: 'file too large' }],
      );
    }
    if (this.decoder) return this.decode(chunk, false);
    // Wait for enough bytes to recognise a byte order mark or a file type.
    const joined = new Uint8Array(this.head.length + chunk.length);
    joined.set(this.head);
    joined.set(chunk, this.head.length);
    this.head = joined;
    return joined.length < 4 ? '' : this.start(false);
  }

  end(): string {
    if (this.decoder) return this.decode(new Uint8Array(0), true);
    return this.head.length === 0 ? '' : this.start(true);
  }

  private start(last: boolean): string {
    const bytes = this.head;
    for (const [magic, what] of MAGIC) {
      if (magic.every((b, i) => bytes[i] === b))
        throw new ImportError(
          `${THIS_FILE} is ${what}, not a Backstory or W3C file; Backstory imports JSON files.`,
          [{ path: '$', message: 'binary file' }],
        );
    }
    let skip = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) [this.encoding, skip] = ['utf-16le', 2];
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) [this.encoding, skip] = ['utf-16be', 2];
    // JSON begins with an ASCII character, so UTF-16 without a byte order mark shows as a zero
    // byte beside it (RFC 4627's detection).
    else if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) this.encoding = 'utf-16be';
    else if (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) this.encoding = 'utf-16le';
    this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
    this.consumed = skip;
    return this.decode(bytes.subarray(skip), last);
  }

  private decode(bytes: Uint8Array, last: boolean): string {
    const at = this.consumed;
    this.consumed += bytes.length;
    const before = this.recent;
    if (this.encoding === 'utf-8') {
      const joined = new Uint8Array(before.length + bytes.length);
      joined.set(before);
      joined.set(bytes, before.length);
      this.recent = joined.slice(Math.max(0, joined.length - 3));
    }
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream: !last });
    } catch {
      if (this.encoding !== 'utf-8') {
        throw new ImportError(
          `The file is not valid ${this.encoding.toUpperCase()} text; save it as UTF-8 and import it again.`,
          [{ path: '$', message: `invalid ${this.encoding}` }],
        );
      }
      const carried = before.subarray(before.length - unfinishedTail(before));
      const joined = new Uint8Array(carried.length + bytes.length);
      joined.set(carried);
      joined.set(bytes, carried.length);
      const bad = firstInvalidUtf8(joined);
      const where = at - carried.length + (bad < 0 ? joined.length : bad);
      throw new ImportError(
        `The file is not valid UTF-8: the byte at offset ${plain(where)} is not part of any character; save it as UTF-8 and import it again.`,
        [{ path: '$', message: `invalid UTF-8 at byte ${where}` }],
      );
    }
    if (text.includes('\u0000'))
      throw new ImportError(
        'The file contains zero bytes, so it is not text; Backstory imports JSON files.',
        [{ path: '$', message: 'binary file' }],
      );
    return text;
  }
}

/** Decodes a whole file held in memory. */
export function decodeBytes(bytes: Uint8Array, maxBytes?: number): string {
  const decoder = new FileDecoder(maxBytes);
  return decoder.write(bytes) + decoder.end();
}
