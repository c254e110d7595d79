import { useEffect, useRef, useState } from 'preact/hooks';
import { ClaimsStatusBar } from '@/components/ClaimsStatusBar';
import type { CompareTarget } from '@/lib/claims/compare';
import { AllClaims } from './AllClaims';
import type { ClaimActions } from './ClaimCards';
import { useAllClaims, useClaimEdits, useEntityLabels, usePageClaims, type ClaimsMode } from './claims-state';
import { Compare } from './Compare';
import { PageClaims } from './PageClaims';
import { useSharing } from './sharing';

/** The Claims tab: this page's claims, every claim with search and filters, and the compare view. */
export function Claims({ compareTarget }: { compareTarget?: CompareTarget }) {
  const [mode, setMode] = useState<ClaimsMode>(compareTarget ? 'compare' : 'page');
  const [target, setTarget] = useState(compareTarget);
  const edits = useClaimEdits();
  // The status line speaks of the view on show: another view (or another comparison) clears it.
  const show = (next: ClaimsMode) => {
    if (next !== mode) edits.leaveView();
    setMode(next);
  };
  const compareWith = (next: CompareTarget) => {
    edits.leaveView();
    setTarget(next);
  };
  const page = usePageClaims(mode === 'page', edits.version);
  const all = useAllClaims(mode === 'all', edits.version, edits.setStatus);

  const shown = mode === 'page' ? page.claims : (all.list?.claims ?? []);
  const { sharing, share } = useSharing(
    shown.map((c) => c.id),
    edits.version,
  );
  const label = useEntityLabels([...shown.flatMap((c) => c.entities), ...(all.list?.facets.entities ?? [])]);
  // A Compare button in a list goes with the list: the view it opens takes the focus.
  const [compareFocus, setCompareFocus] = useState(false);
  const compare = (next: CompareTarget) => {
    setCompareFocus(true);
    compareWith(next);
    show('compare');
  };
  // A deleted claim's card goes, and its Delete button with it: focus goes to Undo, the one
  // thing a reader may want next, rather than falling to the page's body.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (edits.deleted) undoRef.current?.focus();
  }, [edits.deleted]);
  // A tag chip shows the claims with that tag, as Hypothesis's and GitHub's do: in All claims it
  // joins the filters already set (the card, and focus on its chip, stay); from This page it
  // starts a new list (filters left from before would hide the very claim pressed), and focus
  // goes to the Tag filter that now names the tag, where the reader can widen it again.
  const [focusTagFilter, setFocusTagFilter] = useState(false);
  const showTag = (tag: string) => {
    all.setQuery(mode === 'all' ? { ...all.query, tag } : { tag });
    setFocusTagFilter(mode !== 'all');
    show('all');
  };
  const actions: ClaimActions = {
    label,
    sharing,
    share,
    save: edits.save,
    noteDraft: edits.noteDraft,
    drafts: edits.drafts,
    remove: edits.remove,
    compare,
    showTag,
  };

  return (
    <section aria-label="Claims">
      <div class="claims-modes" role="group" aria-label="Which claims">
        <button type="button" aria-pressed={mode === 'page'} onClick={() => show('page')}>
          This page
        </button>
        <button type="button" aria-pressed={mode === 'all'} onClick={() => show('all')}>
          All claims
        </button>
        {target && (
          <button
            type="button"
            aria-pressed={mode === 'compare'}
            onClick={() => {
              setCompareFocus(false);
              show('compare');
            }}
          >
            Compare
          </button>
        )}
      </div>
      <ClaimsStatusBar
        status={edits.status}
        onUndo={edits.deleted && (() => void edits.undo())}
        undoRef={undoRef}
      />
      {mode === 'page' && <PageClaims {...page} actions={actions} />}
      {mode === 'all' && (
        <AllClaims
          list={all.list}
          query={all.query}
          onQuery={all.setQuery}
          selected={all.selected}
          onSelect={all.select}
          actions={actions}
          showStatus={edits.setStatus}
          focusTagFilter={focusTagFilter}
          onTagFilterFocused={() => setFocusTagFilter(false)}
        />
      )}
      {mode === 'compare' && target && (
        <Compare target={target} onTarget={compareWith} takeFocus={compareFocus} />
      )}
    </section>
  );
}
