import type { ClaimRef, ClaimRelation } from '@/lib/claims/schema';
import { relationKinds } from '@/lib/claims/constants';
import { relationMeaning } from './compare-words';
import { RELATION_LEGEND_ID } from './CompareLegend';

/** A pair's Agree / Conflict / Unrelated toggles, described by the legend above the table. */
export function RelationButtons({
  a,
  b,
  current,
  onRelate,
  onUnrelate,
  tabIndex,
}: {
  a: ClaimRef;
  b: ClaimRef;
  current?: ClaimRelation;
  onRelate: (from: ClaimRef, to: ClaimRef, relation: ClaimRelation['relation']) => void;
  onUnrelate: (id: string) => void;
  tabIndex: number;
}) {
  return (
    <span
      class="relation-buttons"
      role="group"
      aria-label="How these two claims relate"
      aria-describedby={RELATION_LEGEND_ID}
    >
      {relationKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          aria-pressed={current?.relation === kind}
          tabIndex={tabIndex}
          onClick={() => (current?.relation === kind ? onUnrelate(current.id) : onRelate(a, b, kind))}
        >
          {relationMeaning[kind][0]}
        </button>
      ))}
    </span>
  );
}
