/**
 * Requests a content script handles; only the extension itself can send them
 * (`tabs.sendMessage`). Kept apart from the background's requests so the content script carries
 * only the schemas it needs.
 */
import { number, oneOf, string, strictObject, uuid } from './checks';
import type { EntityKind } from '../kb/schema';
import type { Result } from '../result';
import type { Pong } from './background-requests';
import type { UiBlockedReason } from '../dom/ui-host';
import { extensionOnly, request } from './spec';

/** What a content script reports about itself when probed. */
export interface ProbeReply {
  url: string;
  title: string;
  isTopFrame: boolean;
  /** The background's answer to a ping the content script sent while handling the probe. */
  background: Result<Pong>;
}

/** What "On this page" lists: whether Backstory runs here, the entities found, why no card. */
export interface PageMentions {
  running: boolean;
  entities: PageEntity[];
  uiBlocked?: UiBlockedReason;
}

/** An entity found on the page, with how often it is mentioned. */
export interface PageEntity {
  id: string;
  label: string;
  kind: EntityKind;
  count: number;
}

/** Where a saved claim was found again on the page. */
export interface ClaimPlacement {
  id: string;
  status: 'anchored' | 'doubtful' | 'orphan' | 'pending';
  score?: number;
}

export interface PageClaims {
  url: string;
  seenUrl: string;
  placements: ClaimPlacement[];
}

/**
 * The requests and their schemas: the small checks of checks.ts rather than zod, since the
 * content script runs on every page and only the extension can send it these. The table is built
 * when the first request arrives (see `contentRequests`): many pages never get one.
 */
function buildContentRequests() {
  const nonce = string({ min: 1, max: 100 });
  const slug = string({ max: 120, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ });
  const nothing = strictObject({});
  return {
    probe: request<ProbeReply>()(strictObject({ nonce }), extensionOnly),
    /** Settings or knowledge packs changed: reload them and redraw. */
    refresh: request<null>()(nothing, extensionOnly),
    /**
     * The entities mentioned on the page, with counts, and why Backstory shows no card on it if
     * the page keeps it from doing so (lib/dom/ui-host.ts).
     */
    pageMentions: request<PageMentions>()(nothing, extensionOnly),
    /** Scrolls to and flashes the next mention of an entity. */
    revealMention: request<boolean>()(strictObject({ entity: slug }), extensionOnly),
    /** Saved claims changed: fetch this page's claims again and re-anchor them. */
    refreshClaims: request<null>()(nothing, extensionOnly),
    /** This page's saved claims and where each was found (or not). */
    pageClaims: request<PageClaims>()(nothing, extensionOnly),
    /** Marks the current selection as a claim (context menu, keyboard command). */
    markSelection: request<boolean>()(nothing, extensionOnly),
    /** The claim form for a claim was closed (saved or not): remove it from the page. */
    claimFormClosed: request<null>()(strictObject({ id: uuid() }), extensionOnly),
    /** The claim form for a claim measured how tall it wants to be: size its frame. */
    claimFormHeight: request<null>()(
      strictObject({
        id: uuid(),
        height: number({ int: true, min: 1, max: 10_000 }),
      }),
      extensionOnly,
    ),
    /**
     * Whether a click at (x, y) inside the claim form for a claim may count: the frame showing the
     * form checks it is still and plainly on show there. Null when it may, else why not.
     */
    claimFormClick: request<string | null>()(
      strictObject({
        id: uuid(),
        x: number({ min: -100_000, max: 100_000 }),
        y: number({ min: -100_000, max: 100_000 }),
      }),
      extensionOnly,
    ),
    /**
     * Whether this frame shows the claim form for a claim now: asked of the document that opened
     * it before the form may read or write its claim (lib/background/claim-form-access.ts).
     */
    claimFormShown: request<boolean>()(strictObject({ id: uuid() }), extensionOnly),
    /**
     * The keys the reader typed while the claim form's frame loaded, which reached this frame and
     * were held for the form (marking.tsx): given once, after the form's frame has loaded.
     */
    claimFormTypedAhead: request<string>()(strictObject({ id: uuid() }), extensionOnly),
    /** Scrolls to a saved claim on this page and flashes it. */
    revealClaim: request<boolean>()(strictObject({ id: uuid() }), extensionOnly),
    /** Sends the page's text to the background again, for "Seen elsewhere". */
    reportPage: request<boolean>()(nothing, extensionOnly),
    /**
     * Scrolls to a passage the reader asked to see (from "Seen elsewhere") and marks it. Until
     * this request, the page holds nothing that says which of its passages were seen elsewhere.
     */
    revealPassage: request<boolean>()(
      strictObject({
        /**
         * The address the background saw when it found the passage. A page that is no longer on
         * its origin is sent nothing it could learn from (the tab may have moved to another site
         * since the side panel last looked).
         */
        page: string({ min: 1, max: 100_000 }),
        exact: string({ min: 1, max: 20_000 }),
        prefix: string({ max: 200 }),
        suffix: string({ max: 200 }),
        start: number({ int: true, min: 0 }),
        end: number({ int: true, min: 1 }),
      }),
      extensionOnly,
    ),
    /** Steps to the next or previous mention and opens its popover (the keyboard path). */
    stepMention: request<boolean>()(strictObject({ direction: oneOf(1, -1) }), extensionOnly),
  };
}

export type ContentRequests = ReturnType<typeof buildContentRequests>;

/** Every request's name: checked against the table by the type, so neither can miss one. */
const names: Record<keyof ContentRequests, true> = {
  probe: true,
  refresh: true,
  pageMentions: true,
  revealMention: true,
  refreshClaims: true,
  pageClaims: true,
  markSelection: true,
  claimFormClosed: true,
  claimFormHeight: true,
  claimFormClick: true,
  claimFormShown: true,
  claimFormTypedAhead: true,
  revealClaim: true,
  reportPage: true,
  revealPassage: true,
  stepMention: true,
};

let built: ContentRequests | undefined;

/**
 * The table, as an object whose entries are built on first read: a listener needs only the
 * names, and making some forty schemas at every page's start-up cost the page milliseconds of
 * cold code before the scan could start.
 */
export const contentRequests = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(names).map((name) => [
      name,
      { enumerable: true, get: () => (built ??= buildContentRequests())[name as keyof ContentRequests] },
    ]),
  ),
) as ContentRequests;
