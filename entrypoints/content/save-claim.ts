/**
 * Saving the passage the reader marked as a claim: its words are described by W3C selectors
 * against the page's text (lib/anchor/), a passage saved before opens that claim rather than a
 * duplicate, and a new claim is saved through the background and highlighted at once.
 */
import { hashText } from '@/lib/anchor/hash';
import { offsetOf, rangeFor, readPageText } from '@/lib/anchor/page-text';
import type { ClaimPlacements, Placed } from '@/lib/anchor/reanchor';
import { describeQuote, type QuoteSelectors } from '@/lib/anchor/selectors';
import { readPageMeta } from '@/lib/claims/page-meta';
import { CLAIM_SCHEMA_VERSION } from '@/lib/claims/constants';
import type { SavedClaim } from '@/lib/claims/schema';
import { askBackground } from '@/lib/messaging/client';

export interface SaveDeps {
  /** Recognises Backstory's own UI host (by identity). */
  isOwnUi: (el: Element) => boolean;
  /** The claims placed on this page now. */
  placements: ClaimPlacements<SavedClaim>;
  /** The page's canonical address, as its claims are filed under. */
  pageUrl: string;
  /** Entity ids found inside a range of the page, for linking automatically. */
  entitiesIn: (range: Range) => string[];
  /** Resolves once the names on the page are linked and its saved claims placed (marking.tsx). */
  pageRead: () => Promise<void>;
  /** The knowledge base's version now, recorded with each new claim. */
  kbVersion: string;
  /** This frame's id as the background knows it, asked alongside the save (the form needs it). */
  frameId: () => Promise<number | undefined>;
}

export type SaveOutcome =
  | { kind: 'refused'; message: string }
  /** The same passage was saved before: that claim. */
  | { kind: 'existing'; claim: SavedClaim; frameId: number | undefined }
  | { kind: 'saved'; claim: SavedClaim; frameId: number | undefined };

/** Saves the words under `range` (the reader selected `quote`) as a claim, or says why not. */
export async function saveSelection(range: Range, quote: string, deps: SaveDeps): Promise<SaveOutcome> {
  // Marked as the page loads (the context menu, a quick reader), the scan may not have reached
  // the passage yet: the claim would be saved linked to no one, and a passage saved before would
  // not be recognised. Checked after the wait, so a page that rewrites the text meanwhile is caught.
  await deps.pageRead();
  // The page may have rewritten the text under the selection since it was offered.
  if (range.toString().trim() !== quote)
    return { kind: 'refused', message: 'Not saved: the selected text changed; select it again.' };
  const page = readPageText(document, deps.isOwnUi);
  const start = offsetOf(page, range.startContainer, range.startOffset);
  const end = offsetOf(page, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start)
    return { kind: 'refused', message: 'That selection is not in the page’s text.' };
  // Trim the selection to the words, so the quote has no stray spaces at either end.
  const raw = page.text.slice(start, end);
  const from = start + (raw.length - raw.trimStart().length);
  const to = end - (raw.length - raw.trimEnd().length);
  // The same passage marked again opens the claim already saved, rather than a duplicate.
  const selectors = describeQuote(page.text, from, to);
  const fresh = rangeFor(page, from, to);
  const same = deps.placements.all.find((p) => isSamePassage(p, selectors, fresh));
  // Its form needs this frame's id as a new claim's does: without it, the form could not check
  // that it is on show, and refused every press of "Save details".
  if (same) return { kind: 'existing', claim: same.claim, frameId: await deps.frameId() };
  const now = new Date().toISOString();
  const claim: SavedClaim = {
    id: crypto.randomUUID(),
    schemaVersion: CLAIM_SCHEMA_VERSION,
    url: deps.pageUrl,
    seenUrl: location.href,
    page: readPageMeta(document, location.href),
    selectors,
    pageTextHash: hashText(page.text),
    created: now,
    updated: now,
    entities: deps.entitiesIn(range),
    note: '',
    tags: [],
    label: 'claim',
    kbVersion: deps.kbVersion,
  };
  // Asked alongside the save, not after it: the form needs it.
  const frame = deps.frameId();
  // The id is fixed before the first try, so a retry after a lost reply cannot duplicate.
  let result = await askBackground('saveClaim', { claim });
  if (!result.ok && result.error.code === 'unreachable') result = await askBackground('saveClaim', { claim });
  if (!result.ok) return { kind: 'refused', message: `Not saved: ${result.error.message}` };
  const placed = rangeFor(page, from, to);
  deps.placements.add({
    claim: result.value,
    placement: { id: claim.id, status: 'anchored', score: 1 },
    range: placed,
    text: placed ? page.text.slice(from, to) : undefined,
  });
  return { kind: 'saved', claim: result.value, frameId: await frame };
}

/** Whether a placed claim is on the passage just selected: same words, same place or same context. */
function isSamePassage(
  p: Placed<SavedClaim>,
  selectors: QuoteSelectors,
  fresh: StaticRange | undefined,
): boolean {
  return (
    p.placement.status !== 'orphan' &&
    p.claim.selectors.quote.exact === selectors.quote.exact &&
    ((p.range !== undefined &&
      fresh !== undefined &&
      p.range.startContainer === fresh.startContainer &&
      p.range.startOffset === fresh.startOffset) ||
      (p.claim.selectors.quote.prefix === selectors.quote.prefix &&
        p.claim.selectors.quote.suffix === selectors.quote.suffix))
  );
}

/** The claim form's address for a claim just saved, or saved before from the same passage. */
export function formUrl(outcome: Exclude<SaveOutcome, { kind: 'refused' }>, key: string): string {
  const form = new URL(browser.runtime.getURL('/claim-form.html'));
  form.searchParams.set('claim', outcome.claim.id);
  // The form takes the port for its Tab out (form-focus.ts) only with this key.
  form.searchParams.set('key', key);
  // The form asks this frame (through the background) whether it is on show before it saves.
  if (outcome.frameId !== undefined) form.searchParams.set('frame', String(outcome.frameId));
  return form.href;
}
