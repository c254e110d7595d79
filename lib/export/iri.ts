/**
 * Addresses as RFC 3987 IRIs, for W3C Web Annotation output. A stored address is what the
 * browser or an imported file gave; it may hold characters an IRI forbids (`|`, `^`, `"`, `[ ]`
 * outside an IPv6 host, a `%` that starts no escape, bidi controls). Those are percent-encoded
 * as UTF-8; everything an IRI allows — letters in any script included — is kept as it is, so
 * the IRI reads like the address and maps to the same resource.
 */

const HEX = /^[0-9A-Fa-f]{2}$/;
/** ASCII an IRI allows anywhere: unreserved, sub-delims and the gen-delims but `[ ] #`. */
const ASCII_ALLOWED = /[A-Za-z0-9\-._~!$&'()*+,;=:/?@]/;
/** Bidi formatting characters, which RFC 3987 §4.1 says an IRI must not contain. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Whether a code point is a `ucschar` (or `iprivate`, in the query) of RFC 3987. */
function allowedBeyondAscii(cp: number, inQuery: boolean): boolean {
  if (
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    (cp >= 0xf0000 && cp <= 0xffffd) ||
    (cp >= 0x100000 && cp <= 0x10fffd)
  )
    return inQuery;
  if (cp >= 0xa0 && cp <= 0xd7ff) return true;
  if ((cp >= 0xf900 && cp <= 0xfdcf) || (cp >= 0xfdf0 && cp <= 0xffef)) return true;
  // Planes 1–14, without each plane's last two code points (non-characters).
  return cp >= 0x10000 && cp <= 0xefffd && (cp & 0xfffe) !== 0xfffe;
}

const utf8Escape = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

/** The address as an RFC 3987 IRI: forbidden characters percent-encoded, the rest kept. */
export function toIri(address: string): string {
  const authorityStart = address.indexOf('//');
  const afterAuthority = authorityStart < 0 ? -1 : address.slice(authorityStart + 2).search(/[/?#]/);
  const authorityEnd =
    authorityStart < 0 ? 0 : afterAuthority < 0 ? address.length : authorityStart + 2 + afterAuthority;
  let out = '';
  let inQuery = false;
  let inFragment = false;
  for (let i = 0; i < address.length;) {
    const cp = address.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const width = char.length;
    const inAuthority = i > authorityStart && i < authorityEnd;
    if (char === '%') out += HEX.test(address.slice(i + 1, i + 3)) ? '%' : '%25';
    else if (char === '#') {
      out += inFragment ? '%23' : '#';
      inFragment = true;
    } else if (char === '[' || char === ']') out += inAuthority ? char : utf8Escape(char);
    else if (cp < 0x80) {
      out += ASCII_ALLOWED.test(char) ? char : utf8Escape(char);
      if (char === '?' && !inFragment) inQuery = true;
    } else if (cp >= 0xd800 && cp <= 0xdfff)
      out += '%EF%BF%BD'; // a lone surrogate: U+FFFD
    else out += !BIDI.test(char) && allowedBeyondAscii(cp, inQuery && !inFragment) ? char : utf8Escape(char);
    i += width;
  }
  return out;
}

/** RFC 3987 §3.1: the URI an IRI maps to (every non-ASCII character percent-encoded as UTF-8). */
export function iriToUri(iri: string): string {
  return iri.replace(/\P{ASCII}/gu, (char) => utf8Escape(char.replace(/\p{Cs}/u, '\uFFFD')));
}
