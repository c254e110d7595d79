import { useLayoutEffect, useRef } from 'preact/hooks';
import { ExportControls } from '@/components/ExportControls';
import { DateRangeFilter } from '@/components/DateRangeFilter';
import { FilterField } from '@/components/FilterField';
import type { StatusLineProps } from '@/components/StatusLine';
import { claimLabelNames, claimLabels } from '@/lib/claims/constants';
import type { ClaimQuery } from '@/lib/claims/schema';
import type { ClaimList } from '@/lib/claims/query';
import { exportAndDownload } from '@/lib/extension-pages/export';
import { plural } from '@/lib/plural';
import { ClaimCards, type ClaimActions } from './ClaimCards';
import { openClaimPage } from './open-claim-page';

export interface AllClaimsProps {
  list?: ClaimList;
  query: ClaimQuery;
  onQuery: (query: ClaimQuery) => void;
  selected: Set<string>;
  onSelect: (id: string, on: boolean) => void;
  actions: ClaimActions;
  showStatus: (status: StatusLineProps) => void;
  /** Set when a tag chip on another view opened this one: focus goes to the Tag filter, once. */
  focusTagFilter?: boolean;
  onTagFilterFocused?: () => void;
}

/** "All claims": every claim, with search, filters, export of a selection or the filter, and a count. */
export function AllClaims({
  list,
  query,
  onQuery,
  selected,
  onSelect,
  actions,
  showStatus,
  focusTagFilter,
  onTagFilterFocused,
}: AllClaimsProps) {
  const { label } = actions;
  const tagFilter = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (!focusTagFilter) return;
    tagFilter.current?.focus();
    onTagFilterFocused?.();
  }, [focusTagFilter, onTagFilterFocused]);
  return (
    <>
      <div class="claim-filters">
        <input
          type="search"
          aria-label="Search your claims"
          placeholder="Search quotes, notes, tags, pages…"
          value={query.text ?? ''}
          onInput={(e) => onQuery({ ...query, text: e.currentTarget.value || undefined })}
        />
        <FilterField name="Actor or event">
          <select
            aria-label="Actor or event"
            value={query.entity ?? ''}
            onChange={(e) => onQuery({ ...query, entity: e.currentTarget.value || undefined })}
          >
            <option value="">All actors and events</option>
            {(list?.facets.entities ?? []).map((id) => (
              <option key={id} value={id}>
                {label(id)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="Tag">
          <select
            ref={tagFilter}
            aria-label="Tag"
            value={query.tag ?? ''}
            onChange={(e) => onQuery({ ...query, tag: e.currentTarget.value || undefined })}
          >
            <option value="">All tags</option>
            {(list?.facets.tags ?? []).map((t) => (
              <option key={t} value={t}>
                #{t}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="Label">
          <select
            aria-label="Label"
            value={query.label ?? ''}
            onChange={(e) =>
              onQuery({ ...query, label: (e.currentTarget.value || undefined) as ClaimQuery['label'] })
            }
          >
            <option value="">All labels</option>
            {claimLabels.map((l) => (
              <option key={l} value={l}>
                {claimLabelNames[l]}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="Site">
          <select
            aria-label="Site"
            value={query.site ?? ''}
            onChange={(e) => onQuery({ ...query, site: e.currentTarget.value || undefined })}
          >
            <option value="">All sites</option>
            {(list?.facets.sites ?? []).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </FilterField>
        <DateRangeFilter
          from={query.from ?? ''}
          to={query.to ?? ''}
          onChange={(from, to) => onQuery({ ...query, from: from || undefined, to: to || undefined })}
        />
        {query.entity && (
          <button type="button" onClick={() => actions.compare({ entity: query.entity })}>
            Compare claims about {label(query.entity)}
          </button>
        )}
        <ExportControls
          scope={
            selected.size > 0
              ? `${plural(selected.size, 'selected claim')}`
              : `${plural(list?.claims.length ?? 0, 'claim')} (current filter)`
          }
          disabled={(list?.claims.length ?? 0) === 0}
          onExport={(choice) =>
            void exportAndDownload(choice, selected.size > 0 ? { ids: [...selected] } : { query }).then((r) =>
              showStatus(
                r.ok
                  ? { tone: 'ok', text: `Exported ${plural(r.value.count, 'claim')} to ${r.value.filename}.` }
                  : { tone: 'bad', text: `Export failed: ${r.error.message}` },
              ),
            )
          }
        />
        {list && (
          <p class="muted">
            {list.claims.length} of {plural(list.total, 'claim')}
            {list.unreadable.length > 0
              ? ` · ${list.unreadable.length} stored claims could not be read and are kept as they are`
              : ''}
          </p>
        )}
      </div>
      <ClaimCards
        claims={list?.claims ?? []}
        ariaLabel="All claims"
        actions={actions}
        onJump={(claim) => void openClaimPage(claim)}
        selected={selected}
        onSelect={onSelect}
      />
    </>
  );
}
