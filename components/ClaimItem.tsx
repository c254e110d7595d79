import type { CardClaim } from '@/lib/kb/card';
import type { ClaimStatus } from '@/lib/kb/schema';
import { nameSource } from '@/lib/kb/source-name';

export const statusLabels: Record<ClaimStatus, string> = {
  'stated-as-fact': 'stated as fact',
  'reported-unconfirmed': 'reported, unconfirmed',
  analysis: 'analysis',
  opinion: 'opinion',
};

/**
 * A claim's source as readers know it: "Middle East Institute — analysis by Marvin G. Weinbaum,
 * Naade Ali, undated"; "News report, unsigned, 21 June 2025". Each part is isolated: a pack's
 * strings may carry bidi controls (U+202E) or run right to left, and must not reorder the rest.
 */
export function SourceLine({ claim }: { claim: CardClaim }) {
  const { name, byline, date } = nameSource(claim.sourceRef);
  return (
    <>
      {name !== null && (
        <>
          <bdi>{name}</bdi>
          {' — '}
        </>
      )}
      <bdi>{byline}</bdi>, <bdi>{date}</bdi>
    </>
  );
}

/**
 * A claim's badge: the seed's status ("stated as fact"), or for a claim from an imported pack the
 * pack's name in a dashed frame. A pack's claims never wear the seed's badges: they say whose
 * word they are.
 */
export function ClaimBadge({ claim }: { claim: CardClaim }) {
  return claim.pack.builtin ? (
    <span class={`bs-badge bs-status-${claim.status}`}>{statusLabels[claim.status]}</span>
  ) : (
    <span class="bs-badge bs-pack-badge">
      Pack: <bdi>{claim.pack.title}</bdi>
    </span>
  );
}

export interface ClaimItemProps {
  claim: CardClaim;
  /** Gets the click too, so Backstory's in-page guard can check it was real and visible. */
  onOpenSource: (claim: CardClaim, event: MouseEvent) => void;
}

/** One sourced claim: what it says, how the source puts it (the quote), and who says so. */
export function ClaimItem({ claim, onOpenSource }: ClaimItemProps) {
  return (
    <li>
      <p class="bs-claim-text">
        <ClaimBadge claim={claim} /> <bdi>{claim.text}</bdi>
      </p>
      {/* The marks go inside the isolate, which is the box that is cut to a few lines. */}
      <p class="bs-quote">
        <bdi>“{claim.quote}”</bdi>
      </p>
      <button
        type="button"
        class="bs-source"
        onClick={(event) => onOpenSource(claim, event)}
        title="Open the source with this quote marked"
      >
        <SourceLine claim={claim} />
        {!claim.pack.builtin && ` · the pack calls it ${statusLabels[claim.status]}`}
      </button>
    </li>
  );
}
