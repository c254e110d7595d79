import { useEffect, useState } from 'preact/hooks';
import { CompareView } from '@/components/CompareView';
import { StatusLine } from '@/components/StatusLine';
import type { CompareData } from '@/lib/claims/compare';
import type { CompareTarget } from '@/lib/claims/compare';
import { askBackground } from '@/lib/messaging/client';
import { textFragmentUrl } from '@/lib/claims/text-fragment';

/** The compare view for an actor or event, or for one claim: fetched, then shown side by side. */
export function Compare({
  target,
  onTarget,
  takeFocus,
}: {
  target: CompareTarget;
  onTarget: (t: CompareTarget) => void;
  /** Opened by a button that this view replaced: focus goes to its heading once it is drawn. */
  takeFocus?: boolean;
}) {
  const [data, setData] = useState<CompareData>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const key = JSON.stringify(target);

  useEffect(() => {
    void askBackground('compareClaims', target).then((r) => {
      if (r.ok) {
        setData(r.value);
        setError(undefined);
      } else setError(r.error.message);
    });
    // The target is compared by value.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  const drawn = data !== undefined || error !== undefined;
  useEffect(() => {
    if (takeFocus && drawn && document.activeElement === document.body)
      document.getElementById('compare-heading')?.focus();
  }, [takeFocus, drawn]);

  if (error) return <StatusLine tone="bad" text={`Could not compare: ${error}`} />;
  if (!data) return <StatusLine tone="pending" text="Comparing…" />;
  return (
    <CompareView
      data={data}
      entity={target.entity}
      onEntity={(entity) => onTarget({ entity, passage: target.passage })}
      onRelate={(from, to, relation) =>
        void askBackground('setClaimRelation', { from, to, relation }).then(refresh)
      }
      onUnrelate={(id) => void askBackground('removeClaimRelation', { id }).then(refresh)}
      onOpenPage={({ url, quote }) =>
        void browser.tabs.create({ url: textFragmentUrl(url, { exact: quote, prefix: '', suffix: '' }) })
      }
      onOpenSource={(source) =>
        void askBackground('openReader', { source: source.id, start: source.start, end: source.end })
      }
    />
  );
}
