import { useLayoutEffect, useRef } from 'preact/hooks';
import { ExportControls } from '@/components/ExportControls';
import { DateRangeFilter } from '@/components/DateRangeFilter';
import { FilterSelect } from '@/components/FilterField';
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
        <FilterSelect
          name="Actor or event"
          value={query.entity ?? ''}
          all="All actors and events"
          options={(list?.facets.entities ?? []).map((id) => ({ value: id, text: label(id) }))}
          onChange={(entity) => onQuery({ ...query, entity: entity || undefined })}
        />
        <FilterSelect
          name="Tag"
          selectRef={tagFilter}
          value={query.tag ?? ''}
          all="All tags"
          options={(list?.facets.tags ?? []).map((t) => ({ value: t, text: `#${t}` }))}
          onChange={(tag) => onQuery({ ...query, tag: tag || undefined })}
        />
        <FilterSelect
          name="Label"
          value={query.label ?? ''}
          all="All labels"
          options={claimLabels.map((l) => ({ value: l, text: claimLabelNames[l] }))}
          onChange={(l) => onQuery({ ...query, label: (l || undefined) as ClaimQuery['label'] })}
        />
        <FilterSelect
          name="Site"
          value={query.site ?? ''}
          all="All sites"
          options={(list?.facets.sites ?? []).map((s) => ({ value: s, text: s }))}
          onChange={(site) => onQuery({ ...query, site: site || undefined })}
        />
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
