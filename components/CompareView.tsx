import { useRef, useState } from 'preact/hooks';
import { filterRows, type CompareData, type CompareItem, type CompareRow } from '@/lib/claims/compare';
import type { ClaimRef, ClaimRelation } from '@/lib/claims/schema';
import { wordDiff, type DiffPart } from '@/lib/claims/word-diff';
import { similarityWords } from '@/lib/echo/similarity';
import { readerDate } from '@/lib/claims/reader-date';
import { DateRangeFilter } from './DateRangeFilter';
import { FilterSelect } from './FilterField';
import { statusLabels } from './ClaimItem';
import { DiffText } from './DiffText';
import { useCompareRows } from './compare-rows';
import { columnNames, missingText } from './compare-words';
import { CompareLegend } from './CompareLegend';
import { RelationButtons } from './RelationButtons';

export interface CompareViewProps {
  data: CompareData;
  /** The actor or event shown (the filter); undefined when the view is about one claim. */
  entity?: string;
  onEntity: (id: string) => void;
  onRelate: (from: ClaimRef, to: ClaimRef, relation: ClaimRelation['relation']) => void;
  onUnrelate: (id: string) => void;
  onOpenSource: (source: { id: string; start: number; end: number }) => void;
  /**
   * Opens a web page in a new tab at the quote (a button, not a link: the UI renders no `<a
   * href>`). Named "Go to it", as the claims list names the same action.
   */
  onOpenPage: (page: { url: string; quote: string }) => void;
}

const refKey = (ref: ClaimRef) => `${ref.kind}:${ref.id}`;
const rowKey = (row: CompareRow) =>
  `${row.yours?.ref ? refKey(row.yours.ref) : '-'}|${row.elsewhere?.ref ? refKey(row.elsewhere.ref) : 'passage'}`;

interface CompareCellProps {
  /** Nothing when the row has no claim on this side. */
  item?: CompareItem;
  /** The words that differ from the other side's claim, when the row pairs two. */
  parts?: DiffPart[];
  side: 'before' | 'after';
  onOpenSource: CompareViewProps['onOpenSource'];
  onOpenPage: CompareViewProps['onOpenPage'];
  /** The buttons' tabindex: -1 unless the reader has entered the row (see compare-rows.ts). */
  tabIndex: number;
}

/** One side of a row: the reader's claim ('before') or what a source or other site says ('after'). */
function CompareCell({ item, ...rest }: CompareCellProps) {
  return (
    <td>
      {/* Seen only in the stacked layout; a screen reader hears the column header instead. */}
      <span class="cell-label" aria-hidden="true">
        {columnNames[rest.side]}
      </span>
      {item ? (
        <Item item={item} {...rest} />
      ) : (
        <span class="muted compare-missing">{missingText[rest.side]}</span>
      )}
    </td>
  );
}

/** A claim or passage: its words (the differing ones marked), status, who said it, when, and where to read it. */
function Item({
  item,
  parts,
  side,
  onOpenSource,
  onOpenPage,
  tabIndex,
}: CompareCellProps & { item: CompareItem }) {
  return (
    <div class="compare-item" data-ref={item.ref ? refKey(item.ref) : 'passage'}>
      <p class="compare-quote">
        “{parts ? <DiffText parts={parts} side={side} /> : <bdi>{item.text.trim()}</bdi>}”
      </p>
      {/* The reader's note, said to be theirs and apart from who said the quote and when: run on
          in the muted line after the date, a note read as more of the source's details. */}
      {item.note && (
        <p class="compare-note">
          Your note: <bdi>{item.note}</bdi>
        </p>
      )}
      <p class="muted">
        {item.pack && !item.pack.builtin ? (
          <span class="bs-badge bs-pack-badge">
            Pack: <bdi>{item.pack.title}</bdi>
          </span>
        ) : (
          item.status && <span class={`bs-badge bs-status-${item.status}`}>{statusLabels[item.status]}</span>
        )}{' '}
        <bdi>{item.by}</bdi>
        {item.pack &&
          !item.pack.builtin &&
          item.status &&
          ` · the pack calls it ${statusLabels[item.status]}`}
        {item.date ? ` · ${readerDate(item.date)}` : ''}{' '}
        {item.source ? (
          <button type="button" class="link" tabIndex={tabIndex} onClick={() => onOpenSource(item.source!)}>
            Read the source
          </button>
        ) : item.url ? (
          <button
            type="button"
            class="link"
            tabIndex={tabIndex}
            onClick={() => onOpenPage({ url: item.url!, quote: item.text })}
          >
            Go to it
          </button>
        ) : null}
      </p>
    </div>
  );
}

/**
 * The reader's claims beside what the sources and other sites say: two columns aligned by
 * similarity, rows in date order, the words that differ marked, similarity in words (the number
 * on hover), agree / conflict / unrelated per pair, and filters by actor or event, site and date.
 */
export function CompareView({
  data,
  entity,
  onEntity,
  onRelate,
  onUnrelate,
  onOpenSource,
  onOpenPage,
}: CompareViewProps) {
  const [site, setSite] = useState('');
  const tableBoxRef = useRef<HTMLDivElement>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const sites = [
    ...new Set(data.rows.flatMap((r) => [r.yours?.site, r.elsewhere?.site]).filter((s): s is string => !!s)),
  ].toSorted();
  const rows = filterRows(data.rows, { site, from, to }).map((row) => ({ ...row, key: rowKey(row) }));
  // The claim the view is about, when it is about one: the row the keyboard starts at.
  const isFocus = (row: (typeof rows)[number]) =>
    data.focus !== undefined && row.yours?.ref?.id === data.focus;
  const focusRow = rows.find(isFocus)?.key;
  const keyboard = useCompareRows(
    rows.map((r) => r.key),
    data.rows.map(rowKey),
    focusRow,
    tableBoxRef,
  );
  const relationFor = (a: ClaimRef, b: ClaimRef) =>
    data.relations.find(
      (r) =>
        (refKey(r.from) === refKey(a) && refKey(r.to) === refKey(b)) ||
        (refKey(r.from) === refKey(b) && refKey(r.to) === refKey(a)),
    );
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading" tabIndex={-1}>
        Compare: {data.title}
      </h2>
      <div class="compare-filters" role="group" aria-label="Filter the comparison">
        <FilterSelect
          name="Actor or event"
          value={entity ?? ''}
          all={entity ? undefined : 'Everything this claim is about'}
          options={data.entities.map((e) => ({ value: e.id, text: e.label }))}
          onChange={(id) => id && onEntity(id)}
        />
        <FilterSelect
          name="Site"
          value={site}
          all="All sites and sources"
          options={sites.map((s) => ({ value: s, text: s }))}
          onChange={setSite}
        />
        <DateRangeFilter
          from={from}
          to={to}
          onChange={(start, end) => {
            setFrom(start);
            setTo(end);
          }}
        />
      </div>
      <p class="muted">
        <span aria-live="polite">
          {rows.length} of {data.rows.length} rows
        </span>{' '}
        · ↑ ↓ move between rows · Enter reaches a row’s buttons, Escape goes back
      </p>
      <CompareLegend />
      <div ref={tableBoxRef}>
        {rows.length === 0 && (
          // Where focus goes when a change of filter leaves no row (compare-rows.ts).
          <p class="compare-empty" data-empty tabIndex={-1}>
            No rows match these filters: choose another site, or widen the dates.
          </p>
        )}
        <table class="compare-table" hidden={rows.length === 0}>
          <caption class="sr-only">
            Your claims beside what the sources and other sites say, similar claims side by side, in date
            order
          </caption>
          <thead>
            <tr>
              <th scope="col">{columnNames.before}</th>
              <th scope="col">{columnNames.after}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = row.key;
              const tabIndex = keyboard.controlTabIndex(key);
              const diff =
                // Quotes are shown without the spaces a selection takes in at its edges (the stored
                // quote keeps them: it anchors the claim on its page).
                row.yours && row.elsewhere
                  ? wordDiff(row.yours.text.trim(), row.elsewhere.text.trim())
                  : undefined;
              const a = row.yours?.ref;
              const b = row.elsewhere?.ref;
              return [
                <tr
                  key={key}
                  data-row
                  class={isFocus(row) ? 'focus-row' : undefined}
                  {...keyboard.rowProps(key)}
                >
                  <CompareCell
                    item={row.yours}
                    parts={diff?.before}
                    side="before"
                    onOpenSource={onOpenSource}
                    onOpenPage={onOpenPage}
                    tabIndex={tabIndex}
                  />
                  <CompareCell
                    item={row.elsewhere}
                    parts={diff?.after}
                    side="after"
                    onOpenSource={onOpenSource}
                    onOpenPage={onOpenPage}
                    tabIndex={tabIndex}
                  />
                </tr>,
                row.similarity !== undefined && (
                  <tr key={`${key}:pair`} class="pair-footer" {...keyboard.footerProps(key)}>
                    <td colSpan={2}>
                      <span class="similarity" title={`similarity ${row.similarity.toFixed(2)}`}>
                        Wording: {similarityWords(row.similarity)}
                        <span class="sr-only"> (similarity {row.similarity.toFixed(2)})</span>
                      </span>{' '}
                      {a && b && (
                        <RelationButtons
                          a={a}
                          b={b}
                          current={relationFor(a, b)}
                          onRelate={onRelate}
                          onUnrelate={onUnrelate}
                          tabIndex={tabIndex}
                        />
                      )}
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
