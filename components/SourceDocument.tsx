import { useEffect, useRef } from 'preact/hooks';
import { formatPartialDate } from '@/lib/kb/card';
import type { Source } from '@/lib/kb/schema';
import { sourceHeading } from '@/lib/kb/source-name';
import { sourceRefOf } from '@/lib/kb/card';

export interface SourceDocumentProps {
  source: Source;
  /** The quote to highlight, as offsets into the text. */
  highlight?: { start: number; end: number };
}

const shown = (value: string | null, evidence: string) => value ?? evidence;

/** A source document with its metadata (each field with its evidence on hover) and a highlighted quote. */
export function SourceDocument({ source, highlight }: SourceDocumentProps) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => mark.current?.scrollIntoView({ block: 'center' }), [source.id, highlight?.start]);
  const range = highlight && highlight.end <= source.text.length ? highlight : undefined;
  const text = source.text;

  return (
    <article>
      <h1>{sourceHeading(sourceRefOf(source))}</h1>
      <dl class="meta">
        <dt>Outlet</dt>
        <dd title={source.outlet.evidence}>{shown(source.outlet.value, 'not stated')}</dd>
        <dt>Authors</dt>
        <dd title={source.authors.evidence}>
          {source.authors.value.length ? source.authors.value.join(', ') : 'not stated'}
        </dd>
        <dt>Published</dt>
        <dd title={source.published.evidence}>
          {source.published.value ? formatPartialDate(source.published.value) : 'not stated'}
        </dd>
        <dt>Kind</dt>
        <dd title={source.kind.evidence}>{source.kind.value}</dd>
      </dl>
      <div class="source-text">
        {range ? (
          <>
            {text.slice(0, range.start)}
            <mark ref={mark}>{text.slice(range.start, range.end)}</mark>
            {text.slice(range.end)}
          </>
        ) : (
          text
        )}
      </div>
    </article>
  );
}
