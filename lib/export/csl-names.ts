/**
 * Page metadata as a reference manager wants it: the article's own title (without the " | The
 * Outlet" a page appends to it) and authors as family and given names where the page's byline
 * makes them plain.
 */

/** A CSL name: a person split into family and given names, or an organisation as a literal. */
export type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** How a site's host name reads as a name: "www.dawn.com" → "dawn". */
function hostName(url: string): string {
  try {
    const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
    return parts.length > 1 ? parts.slice(0, -1).join('') : parts[0]!;
  } catch {
    return '';
  }
}

const SEPARATORS = /\s+[|–—-]\s+|\s+::\s+|\s*\|\s*/;

/**
 * The title without the outlet's name at its end or start ("Munir meets Trump | The Karachi
 * Courier" → "Munir meets Trump"). Only a part that names the outlet (its site name or its host)
 * is dropped, so a title that merely contains a dash or a bar keeps it.
 */
export function articleTitle(title: string, siteName: string, url: string): string {
  const names = new Set([fold(siteName), fold(hostName(url))].filter((n) => n.length > 1));
  const isOutlet = (part: string) => {
    const f = fold(part);
    return f.length > 1 && [...names].some((n) => f === n || f === `${n}com` || n === `${f}com`);
  };
  let parts = title.split(SEPARATORS).map((p) => p.trim());
  if (parts.length < 2) return title.trim();
  // Drop outlet names from the ends only ("Site | Section | Title" keeps the section).
  while (parts.length > 1 && isOutlet(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
  while (parts.length > 1 && isOutlet(parts[0]!)) parts = parts.slice(1);
  if (parts.join('') === title.split(SEPARATORS).join('')) return title.trim();
  // Rejoin what is left with the separators it had.
  const start = title.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim() || title.trim();
}

/** Separators a page puts before an outlet's name: a spaced dash of any kind, or a bar. */
const TRAILING_SEPARATOR = /\s+[-–—]\s+|\s*\|\s*/g;

/**
 * What a title's last part says when it is not an outlet: a live page's or a series' marker
 * ("Gaza ceasefire | Live updates", "The talks - day 3", "Part 2", "Opinion").
 */
const NOT_AN_OUTLET =
  /^(?:live\b|updates?\b|day\b|part\b|video|photos?\b|pictures\b|gallery\b|opinion\b|analysis\b|explain|editorial\b|comment\b|podcast\b|watch\b|listen\b|timeline\b|breaking\b|latest\b|recap\b|highlights\b|as it happened\b|interview\b|review\b|q ?& ?a\b|full text\b|transcript\b)/i;

/** Letters and digits only, lower case: "The Daily Ledger" and "dailyledger.example" meet. */
const squeeze = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * For a page that records no site name: the outlet at the end of its title ("Talks resume in
 * Doha | The Daily Ledger" → title "Talks resume in Doha", outlet "The Daily Ledger"), or
 * undefined when the last part does not look like a name. A name is short (at most 60
 * characters and 6 words), has no sentence punctuation, so "Iran - Israel: the 12-day war"
 * keeps its words, and starts with a capital, unless it is the page's host ("dawn.com"); a live
 * page's or a series' marker ("Live updates", "day 3") is not a name. An unspaced dash
 * ("Pakistan–US talks") never separates.
 */
export function titleOutlet(title: string, host = ''): { title: string; outlet: string } | undefined {
  const text = title.trim();
  const last = [...text.matchAll(TRAILING_SEPARATOR)].at(-1);
  if (!last) return undefined;
  const headline = text.slice(0, last.index).trim();
  const outlet = text.slice(last.index + last[0].length).trim();
  const words = outlet.split(/\s+/).length;
  if (!headline || !outlet || outlet.length > 60 || words > 6 || /[:;?!"“”]/.test(outlet)) return undefined;
  const site = squeeze(host.replace(/^www\./i, '').replace(/\.[a-z]+$/i, ''));
  const named = site.length > 2 && squeeze(outlet).includes(site);
  if (!named && (!/^\p{Lu}/u.test(outlet) || NOT_AN_OUTLET.test(outlet))) return undefined;
  return { title: headline, outlet };
}

/** Words that mark a byline as an organisation or a desk, not a person. */
const ORGANISATION =
  /\b(?:staff|desk|news|bureau|agency|agencies|reuters|afp|ap|associated press|editorial|board|team|correspondents?|reporters|online|media|press|times|post|herald|tribune|network|service|report|monitoring|web)\b/i;
/** Lower-case particles that belong to the family name ("Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'dos',
  'das',
]);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * One byline as a CSL name. "Family, Given" (the `citation_author` convention) and
 * "Given Family" (two to four capitalised words, family particles kept with the family name)
 * are split; anything else — one word, an organisation, a desk — stays a literal.
 */
export function cslName(byline: string): CslName {
  const name = byline
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || ORGANISATION.test(name) || /[@\d/]/.test(name)) return { literal: name || byline };
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !SUFFIX.test(comma[2]!.trim())) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.split(' ');
  const personal = words.every(
    (w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()) || SUFFIX.test(w) || /^\p{Lu}\.$/u.test(w),
  );
  if (words.length < 2 || words.length > 5 || !personal) return { literal: name };
  let end = words.length;
  if (SUFFIX.test(words[end - 1]!)) end--;
  let start = end - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  const given = words.slice(0, start).join(' ');
  const family = words.slice(start, end).join(' ');
  if (!given) return { literal: name };
  return end < words.length ? { family, given, suffix: words[end]! } : { family, given };
}
