import { useEffect, useState } from 'preact/hooks';
import { SourceDocument } from '@/components/SourceDocument';
import { StatusLine } from '@/components/StatusLine';
import type { Source } from '@/lib/kb/schema';
import { askBackground } from '@/lib/messaging/client';
import { parseReaderQuery } from '@/lib/extension-pages/reader-link';
import { sourceRefOf } from '@/lib/kb/card';
import { sourceHeading } from '@/lib/kb/source-name';

const query = parseReaderQuery(location.search);

/** The reader page: one source document, with the quote the reader came for highlighted. */
export function App() {
  const [source, setSource] = useState<Source>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!query) return setError('No source was named in the link.');
    void askBackground('getSource', { id: query.source }).then((r) => {
      if (r.ok) {
        setSource(r.value);
        document.title = `${sourceHeading(sourceRefOf(r.value))} · Backstory reader`;
      } else setError(r.error.message);
    });
  }, []);

  return (
    <main>
      {error && <StatusLine tone="bad" text={error} />}
      {source && (
        <SourceDocument
          source={source}
          highlight={
            query?.start !== undefined && query.end !== undefined
              ? { start: query.start, end: query.end }
              : undefined
          }
        />
      )}
    </main>
  );
}
