/** Links to the extension's reader page, which shows a source document with a quote highlighted. */
export interface QuoteLocation {
  source: string;
  start: number;
  end: number;
}

/** Path (relative to the extension root) of the reader page for a quote. */
export function readerPath({ source, start, end }: QuoteLocation): `/reader.html?${string}` {
  const params = new URLSearchParams({ source, start: String(start), end: String(end) });
  return `/reader.html?${params.toString()}`;
}

/** Reads a quote location from the reader page's query string; undefined when malformed. */
export function parseReaderQuery(
  search: string,
): { source: string; start?: number; end?: number } | undefined {
  const params = new URLSearchParams(search);
  const source = params.get('source');
  if (!source || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source)) return undefined;
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const valid =
    params.has('start') &&
    params.has('end') &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start;
  return valid ? { source, start, end } : { source };
}
