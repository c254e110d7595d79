/**
 * Requests the background handles, and the zod schemas their data must satisfy. Only the
 * background (which parses them) and tests import this module; everyone else uses the types
 * through `lib/messaging/protocol.ts`, so content scripts do not carry these schemas.
 */
import { z } from 'zod';
import { MAX_CARDS_PER_REQUEST, type CardData, type EntityCard, type EventRef } from '../kb/card';
import { slugSchema } from '../kb/slug';
import type { Source } from '../kb/schema';
import type { SearchHit } from '../kb/search';
import type { MatcherManifest } from '../match/transfer';
import type { StoredPack } from '../kb/schema';
import { settingsPatchSchema, siteSchema, type Settings } from '../settings/schema';
import type { ClaimList } from '../claims/query';
import type { CompareData } from '../claims/compare';
import { MAX_ECHO_TEXT, type TabEchoes } from '../echo/types';
import { MAX_WINDOW_TEXT } from '../match/window';
import {
  claimPatchSchema,
  claimQuerySchema,
  claimRefSchema,
  claimRelationSchema,
  relationKinds,
  savedClaimSchema,
  webUrlSchema,
  type ClaimRelation,
  type DeletedClaim,
  type SavedClaim,
} from '../claims/schema';
import { anyone, extensionOnly, request } from './spec';
import { syncRequests } from './sync-requests';
import { noteDraftSchema } from '../claims/draft';

const nonce = z.string().min(1).max(100);
/**
 * The most text one `matchBlocks` request may carry: a page sends its blocks in batches of 64 KB
 * at most, plus the block (or window of a long one) that filled the batch (lib/dom/
 * remote-blocks.ts). Anything more is no page of ours, and each text is matched in one go when
 * it is a window (`whole`), so a larger one would hold up every tab's requests behind it.
 */
export const MAX_MATCH_TEXT = 131_072;

/** Replies from the background to `ping`: enough to prove the round trip reached it. */
export interface Pong {
  nonce: string;
  from: 'background';
  version: string;
}

/** Requests the background handles. */
export const backgroundRequests = {
  ping: request<Pong>()(z.object({ nonce }).strict(), anyone),
  getSettings: request<Settings>()(z.object({}).strict(), anyone),
  updateSettings: request<Settings>()(settingsPatchSchema, extensionOnly),

  getEntityCard: request<EntityCard>()(z.object({ id: slugSchema }).strict(), anyone),
  /** Cards and claim counts of several entities at once (a page's names, fetched ahead of a hover). */
  getCardData: request<CardData[]>()(
    z.object({ ids: z.array(slugSchema).min(1).max(MAX_CARDS_PER_REQUEST) }).strict(),
    anyone,
  ),
  searchKb: request<SearchHit[]>()(
    z
      .object({
        query: z.string().trim().min(1).max(200),
        limit: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
    anyone,
  ),
  getTimeline: request<EventRef[]>()(z.object({}).strict(), anyone),
  getSource: request<Source>()(z.object({ id: slugSchema }).strict(), extensionOnly),
  listPacks: request<StoredPack[]>()(z.object({}).strict(), extensionOnly),
  removePack: request<null>()(z.object({ id: slugSchema }).strict(), extensionOnly),

  /** How to fetch the compiled alias dictionary for finding mentions, in pieces (lib/match/transfer.ts). */
  getMatcher: request<MatcherManifest>()(z.object({}).strict(), anyone),
  getMatcherPiece: request<string>()(
    z.object({ version: z.string().max(10_000), index: z.number().int().min(0).max(1_000_000) }).strict(),
    anyone,
  ),
  /** Opens a source in the reader page with a quote highlighted (pages cannot link to extension URLs). */
  openReader: request<null>()(
    z.object({ source: slugSchema, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    anyone,
  ),
  /**
   * Matches a page's block texts in the background, with the matcher of `version` (issue #19,
   * sent while the background's matcher is warm; never by a `BACKSTORY_OFFTHREAD=0` build): the reply is
   * `lib/match/match-wire.ts`'s list of numbers. It tells the sender nothing it could not find
   * with the matcher every page is sent anyway.
   */
  matchBlocks: request<number[]>()(
    z
      .object({
        version: z.string().max(10_000),
        texts: z.array(z.string().max(MAX_WINDOW_TEXT)).max(100_000),
        /** Which texts are windows of a longer block: all their matches, for the page to cut. */
        whole: z.array(z.number().int().min(0)).max(100_000).optional(),
      })
      .strict()
      .refine((t) => t.texts.reduce((sum, text) => sum + text.length, 0) <= MAX_MATCH_TEXT, 'too much text'),
    ['content-script'],
  ),
  /** Opens the side panel for the sender's tab, optionally on an entity's card. */
  openSidePanel: request<null>()(z.object({ entity: slugSchema.optional() }).strict(), ['content-script']),
  /** Pauses or resumes Backstory on a site. */
  setSitePaused: request<Settings>()(z.object({ site: siteSchema, paused: z.boolean() }).strict(), anyone),
  /**
   * Saves a claim marked on a page (the id comes from the page, so a retry never duplicates). A
   * content script may only save claims about the page it runs in.
   */
  saveClaim: request<SavedClaim>()(z.object({ claim: savedClaimSchema }).strict(), anyone),
  /** Edits a claim's note, tags, label or entities: from Backstory's own pages only (the claim form included). */
  updateClaim: request<SavedClaim>()(
    z.object({ id: z.uuid(), patch: claimPatchSchema }).strict(),
    extensionOnly,
  ),
  /**
   * What the claim form (an extension page framed next to the selection, so the page cannot
   * read what the reader types) shows: the claim, and the page's entities to link.
   */
  /** A claim for its form, with the entities it may link and a note too long to save kept as a draft. */
  claimFormData: request<{
    claim: SavedClaim;
    options: { id: string; label: string }[];
    noteDraft?: string;
  }>()(z.object({ id: z.uuid() }).strict(), extensionOnly),
  /**
   * The note kept as a claim's draft (too long to save), for the side panel's editor, so the
   * reader's text comes back wherever they edit the note; null when there is none.
   */
  noteDraft: request<string | null>()(z.object({ id: z.uuid() }).strict(), extensionOnly),
  /** The ids of the claims that have a note draft (too long to save), for the side panel's cards. */
  claimsWithNoteDrafts: request<string[]>()(z.object({}).strict(), extensionOnly),
  /** Keeps a note too long to save as the claim's draft, or with null drops it (the note was saved). */
  keepNoteDraft: request<null>()(
    z.object({ id: z.uuid(), note: noteDraftSchema.nullable() }).strict(),
    extensionOnly,
  ),
  /** The claim form measured the height it needs: the page sizes its frame to it. */
  resizeClaimForm: request<null>()(
    z.object({ id: z.uuid(), height: z.number().int().min(1).max(10_000) }).strict(),
    extensionOnly,
  ),
  /**
   * Whether the claim form's click at (x, y) may count: asked of the content script in the frame
   * that shows the form (`frame`, from the form's address), which checks that the form is still
   * and plainly on show there. Null when it may, else why not.
   */
  checkClaimFormClick: request<string | null>()(
    z
      .object({
        id: z.uuid(),
        frame: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        x: z.number().finite().min(-100_000).max(100_000),
        y: z.number().finite().min(-100_000).max(100_000),
      })
      .strict(),
    extensionOnly,
  ),
  /**
   * What the reader typed in the page's frame while the claim form loaded (asked of the frame its
   * address names, once): the form types it into the note, before what was typed in the form.
   */
  claimFormTypedAhead: request<string>()(z.object({ id: z.uuid() }).strict(), extensionOnly),
  /** The claim form is done: the page removes it. */
  closeClaimForm: request<null>()(z.object({ id: z.uuid() }).strict(), extensionOnly),
  /** Destructive: only from Backstory's own pages, never from a web page. */
  deleteClaim: request<DeletedClaim>()(z.object({ id: z.uuid() }).strict(), extensionOnly),
  restoreClaim: request<SavedClaim>()(
    z
      .object({
        claim: savedClaimSchema,
        relations: z.array(claimRelationSchema).max(10_000),
        noteDraft: noteDraftSchema.optional(),
      })
      .strict(),
    extensionOnly,
  ),
  claimsForPage: request<SavedClaim[]>()(
    z.object({ url: webUrlSchema, seenUrl: webUrlSchema }).strict(),
    anyone,
  ),
  listClaims: request<ClaimList>()(z.object({ query: claimQuerySchema }).strict(), extensionOnly),
  countClaimsAbout: request<number>()(z.object({ entity: slugSchema }).strict(), anyone),
  /** The compare view for an actor or event, or for one saved claim (and a passage of the page in the tab). */
  compareClaims: request<CompareData>()(
    z
      .object({
        entity: slugSchema.optional(),
        claim: z.uuid().optional(),
        passage: z
          .object({ text: z.string().min(1).max(20_000), url: webUrlSchema })
          .strict()
          .optional(),
      })
      .strict()
      .refine((t) => t.entity !== undefined || t.claim !== undefined, 'needs an entity or a claim'),
    extensionOnly,
  ),
  setClaimRelation: request<ClaimRelation>()(
    z.object({ from: claimRefSchema, to: claimRefSchema, relation: z.enum(relationKinds) }).strict(),
    extensionOnly,
  ),
  removeClaimRelation: request<null>()(z.object({ id: z.string().min(1).max(300) }).strict(), extensionOnly),
  /** Labels for entity ids (for naming linked entities in lists). */
  getEntityLabels: request<Record<string, string>>()(
    z.object({ ids: z.array(slugSchema).max(2000) }).strict(),
    anyone,
  ),
  /**
   * Where the claims on the sender's page sit changed (placed, found again, lost, another
   * address): the side panel showing that tab asks the page again. The tab is the browser's.
   */
  pageClaimsChanged: request<null>()(z.object({}).strict(), ['content-script']),
  /**
   * What the sender's page lists in "On this page" changed (a scan or a live update found other
   * names or counts, Backstory paused or resumed, its card was kept off the page): the side panel
   * showing that tab asks the page again. The tab is the browser's.
   */
  pageMentionsChanged: request<null>()(z.object({}).strict(), ['content-script']),
  /** The sending content script's frame id, as the browser reports it. */
  whereAmI: request<{ frameId: number }>()(z.object({}).strict(), ['content-script']),
  /**
   * The page keeps Backstory from showing its card: mark the tab's toolbar button, so the reader
   * knows to use the side panel there.
   */
  reportUiBlocked: request<null>()(z.object({ reason: z.enum(['interference', 'unsupported']) }).strict(), [
    'content-script',
  ]),
  /** Opens the side panel's compare view for an entity (from the popover's "Compare your claims about X" line). */
  openCompare: request<null>()(z.object({ entity: slugSchema }).strict(), ['content-script']),

  /**
   * A top frame's page text, for "Seen elsewhere" (`breaks`: where one block of the page ends
   * and the next begins). Answered at once with nothing: what is found goes to the side panel
   * and the badge, never back to the page.
   */
  reportPage: request<null>()(
    z
      .object({
        text: z.string().max(MAX_ECHO_TEXT),
        breaks: z.array(z.number().int().min(0)).max(1_000_000),
        canonical: webUrlSchema.optional(),
      })
      .strict(),
    ['content-script'],
  ),
  /**
   * The address of a tab's page as the browser reports it for the tab's top-frame content script
   * (null when none answers): Backstory's own pages believe it, never a content script's reply.
   */
  tabPage: request<string | null>()(z.object({ tabId: z.number().int().min(0) }).strict(), extensionOnly),
  /** The passages of a tab's page seen elsewhere (null when Backstory does not run there). */
  pageEchoes: request<TabEchoes | null>()(
    z.object({ tabId: z.number().int().min(0) }).strict(),
    extensionOnly,
  ),

  /** "Wrong entity here": stops an alias linking to an entity on a site (undone in options). */
  suppressAlias: request<Settings>()(
    z.object({ site: siteSchema, alias: z.string().min(1).max(200), entity: slugSchema }).strict(),
    anyone,
  ),
  /** Undoes "Wrong entity here": the alias links to the entity on the site again. */
  restoreAlias: request<Settings>()(
    z.object({ site: siteSchema, alias: z.string().min(1).max(200), entity: slugSchema }).strict(),
    anyone,
  ),

  /** Team sync (lib/messaging/sync-requests.ts). */
  ...syncRequests,
};

export type BackgroundRequests = typeof backgroundRequests;
