/**
 * Scores re-anchoring on the blind re-anchoring corpus (test/reanchor-corpus/): for each case, the
 * claims a reader marked on `before.html` are saved as the extension saves them (selectors over the
 * page text) and looked for on `after.html`; each lands where its writer said it should, or not.
 */
import { parseHTML } from 'linkedom';
import { anchorQuote } from '@/lib/anchor/match-quote';
import { readPageText } from '@/lib/anchor/page-text';
import { describeQuote } from '@/lib/anchor/selectors';

/** A claim as the corpus writer recorded it (test/reanchor-corpus/README.md). */
export interface CorpusClaim {
  id: string;
  quote: string;
  occurrence?: number;
  expect: 'same' | 'changed' | 'gone';
  after?: string;
  afterOccurrence?: number;
  why?: string;
}

export type Outcome =
  | 'right'
  /** Found, but on other words than the writer's. */
  | 'elsewhere'
  /** Said to be gone although its passage is still there. */
  | 'lost'
  /** Placed on words although its passage is gone. */
  | 'placed on a gone passage';

export interface ClaimResult {
  claim: CorpusClaim;
  outcome: Outcome;
  doubtful: boolean;
  found?: string;
}

/**
 * Where `words` (as read on the rendered page: whitespace collapsed, a block boundary one space)
 * sits in the raw page text, `occurrence` counted from 1. A space in `words` stands for any
 * whitespace or none, since the page text joins text nodes as they are.
 */
export function locate(text: string, words: string, occurrence = 1): [number, number] | undefined {
  const pattern = words
    .trim()
    .split(/\s+/)
    .map((word) => word.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const re = new RegExp(pattern, 'g');
  let n = 0;
  for (const m of text.matchAll(re)) if (++n === occurrence) return [m.index, m.index + m[0].length];
  return undefined;
}

/** Share of the two spans' union that both cover. */
function overlap([a, b]: [number, number], [c, d]: [number, number]): number {
  const both = Math.max(0, Math.min(b, d) - Math.max(a, c));
  return both / (Math.max(b, d) - Math.min(a, c));
}

const collapsed = (s: string) => s.replaceAll(/\s+/g, '');

/** Places every claim of one case and judges each. Throws where the writer's words are not on the page. */
export function scoreCase(before: string, after: string, claims: readonly CorpusClaim[]): ClaimResult[] {
  const textOf = (html: string) => readPageText(parseHTML(html).document as unknown as Document).text;
  const [was, now] = [textOf(before), textOf(after)];
  return claims.map((claim) => {
    const marked = locate(was, claim.quote, claim.occurrence);
    if (!marked) throw new Error(`${claim.id}: its quote is not on the before page`);
    const expected = claim.after === undefined ? undefined : locate(now, claim.after, claim.afterOccurrence);
    if (claim.expect !== 'gone' && !expected)
      throw new Error(`${claim.id}: its "after" is not on the after page`);
    const anchor = anchorQuote(now, describeQuote(was, ...marked));
    const doubtful = anchor?.quality === 'doubtful';
    const found = anchor && now.slice(anchor.start, anchor.end);
    let outcome: Outcome;
    if (claim.expect === 'gone') outcome = anchor ? 'placed on a gone passage' : 'right';
    else if (!anchor) outcome = 'lost';
    else {
      const span: [number, number] = [anchor.start, anchor.end];
      // The same words must land on those words; changed ones on most of the passage as it now reads.
      const right =
        claim.expect === 'same'
          ? overlap(span, expected!) > 0 && collapsed(found!) === collapsed(now.slice(...expected!))
          : overlap(span, expected!) >= 0.5;
      outcome = right ? 'right' : 'elsewhere';
    }
    return { claim, outcome, doubtful, ...(found !== undefined && { found }) };
  });
}

/** Totals over results: how many of each expectation came out each way. */
export function summarise(results: readonly ClaimResult[]) {
  const count = (f: (r: ClaimResult) => boolean) => results.filter(f).length;
  const present = results.filter((r) => r.claim.expect !== 'gone');
  const gone = results.filter((r) => r.claim.expect === 'gone');
  const placed = results.filter((r) => r.found !== undefined);
  const rightPlaced = count((r) => r.outcome === 'right' && r.claim.expect !== 'gone');
  return {
    claims: results.length,
    /** Of the claims whose passage is still there, the share found on it. */
    recall: present.length ? rightPlaced / present.length : 1,
    /** Of the claims placed on words, the share placed on the right ones. */
    precision: placed.length ? rightPlaced / placed.length : 1,
    /** The same, of the claims placed without a flag saying the place is doubtful. */
    confidentPrecision: (() => {
      const sure = placed.filter((r) => !r.doubtful);
      return sure.length ? sure.filter((r) => r.outcome === 'right').length / sure.length : 1;
    })(),
    /** Of the claims whose passage is gone, the share listed as orphans. */
    orphansRight: gone.length ? gone.filter((r) => r.outcome === 'right').length / gone.length : 1,
    byExpectation: Object.fromEntries(
      (['same', 'changed', 'gone'] as const).map((e) => [
        e,
        {
          n: count((r) => r.claim.expect === e),
          right: count((r) => r.claim.expect === e && r.outcome === 'right'),
          doubtful: count((r) => r.claim.expect === e && r.doubtful),
        },
      ]),
    ),
  };
}
