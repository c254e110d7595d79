/**
 * Naming a source the way a reader knows it: by outlet and headline, with its kind, authors and
 * date — never by the file it is stored in. Where the metadata says nothing, say what is known
 * ("News report, unsigned, 21 June 2025") rather than inventing a name.
 */
import { formatPartialDate, type SourceRef } from './card';

const kindNames: Record<SourceRef['kind'], string> = {
  'news report': 'news report',
  analysis: 'analysis',
  opinion: 'opinion article',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface SourceName {
  /** Outlet and headline ("Middle East Institute", "“US quietly pushing …”"), or null when neither is known. */
  name: string | null;
  /** "analysis by Marvin G. Weinbaum, Naade Ali", "news report, unsigned", "Opinion article, unsigned". */
  byline: string;
  /** "21 June 2025" or "undated". */
  date: string;
}

/** The parts of a source's name, each a separate string so a page can isolate each (bidi). */
export function nameSource(source: Omit<SourceRef, 'id'>): SourceName {
  const title = source.title ? `“${source.title}”` : null;
  const name = source.outlet && title ? `${source.outlet} — ${title}` : (source.outlet ?? title);
  const kind = kindNames[source.kind];
  const who = source.authors.length > 0 ? `${kind} by ${source.authors.join(', ')}` : `${kind}, unsigned`;
  return {
    name,
    byline: name ? who : capitalise(who),
    date: source.published ? formatPartialDate(source.published) : 'undated',
  };
}

/** The whole name on one line: "Middle East Institute — analysis by …, undated". */
export function sourceLabel(source: Omit<SourceRef, 'id'>): string {
  const { name, byline, date } = nameSource(source);
  return name ? `${name} — ${byline}, ${date}` : `${byline}, ${date}`;
}

/** A heading for a source's own page: its headline, else outlet and kind, else kind and date. */
export function sourceHeading(source: Omit<SourceRef, 'id'>): string {
  if (source.title) return source.title;
  const kind = kindNames[source.kind];
  if (source.outlet) return `${source.outlet} ${kind}`;
  const date = source.published ? `, ${formatPartialDate(source.published)}` : '';
  return `${capitalise(source.authors.length > 0 ? kind : `unsigned ${kind}`)}${date}`;
}
