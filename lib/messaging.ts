/**
 * The typed protocol between Backstory's contexts, built on @webext-core/messaging.
 *
 * Every request names the zod schema its `data` must satisfy and the kinds of sender allowed to
 * send it. Receivers parse before use (see `lib/messaging-server.ts`); replies travel as
 * `Result`s because `Error` objects do not survive structured cloning.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { EntityCard, EventRef } from './kb/card';
import { slugSchema, type EntityKind, type Source } from './kb/schema';
import type { SearchHit } from './kb/search';
import type { MatcherPayload } from './kb/service';
import type { StoredPack } from './kb/stored';
import type { Result } from './result';
import { settingsPatchSchema, siteSchema, type Settings } from './settings/schema';

/**
 * Who sent a message, as the browser (not the message) reports it: one of the extension's own
 * pages or its service worker, or a content script running in a web page.
 */
export type SenderKind = 'extension' | 'content-script';

/** A request's contract: the schema of its data, who may send it, and (as a type) its reply. */
export interface RequestSpec<Data extends z.ZodType, Reply> {
  data: Data;
  from: readonly SenderKind[];
  /** Type-only: never set or read at run time. */
  reply?: { value: Reply };
}

function request<Reply>() {
  return <Data extends z.ZodType>(data: Data, from: readonly SenderKind[]): RequestSpec<Data, Reply> => ({
    data,
    from,
  });
}

const nonce = z.string().min(1).max(100);
const anyone = ['extension', 'content-script'] as const;
const extensionOnly = ['extension'] as const;

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
  /** `text` is the pack file's contents; the background parses and validates it. */
  importPack: request<{ pack: StoredPack; replaced: boolean }>()(
    z.object({ text: z.string().min(1).max(64_000_000) }).strict(),
    extensionOnly,
  ),
  removePack: request<null>()(z.object({ id: slugSchema }).strict(), extensionOnly),

  /** The compiled alias dictionary for finding mentions. */
  getMatcher: request<MatcherPayload>()(z.object({}).strict(), anyone),
  /** Opens a source in the reader page with a quote highlighted (pages cannot link to extension URLs). */
  openReader: request<null>()(
    z.object({ source: slugSchema, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    anyone,
  ),
  /** Opens the side panel for the sender's tab, optionally on an entity's card. */
  openSidePanel: request<null>()(z.object({ entity: slugSchema.optional() }).strict(), ['content-script']),
  /** Pauses or resumes Backstory on a site. */
  setSitePaused: request<Settings>()(z.object({ site: siteSchema, paused: z.boolean() }).strict(), anyone),
  /** "Wrong entity here": stops an alias linking to an entity on a site (undone in options). */
  suppressAlias: request<Settings>()(
    z.object({ site: siteSchema, alias: z.string().min(1).max(200), entity: slugSchema }).strict(),
    anyone,
  ),
};

/** What a content script reports about itself when probed. */
export interface ProbeReply {
  url: string;
  title: string;
  isTopFrame: boolean;
  /** The background's answer to a ping the content script sent while handling the probe. */
  background: Result<Pong>;
}

/** An entity found on the page, with how often it is mentioned. */
export interface PageEntity {
  id: string;
  label: string;
  kind: EntityKind;
  count: number;
}

/** Requests a content script handles; only the extension itself can send them (tabs.sendMessage). */
export const contentRequests = {
  probe: request<ProbeReply>()(z.object({ nonce }).strict(), extensionOnly),
  /** Settings or knowledge packs changed: reload them and redraw. */
  refresh: request<null>()(z.object({}).strict(), extensionOnly),
  /** The entities mentioned on the page, with counts. */
  pageMentions: request<{ running: boolean; entities: PageEntity[] }>()(z.object({}).strict(), extensionOnly),
  /** Scrolls to and flashes the next mention of an entity. */
  revealMention: request<boolean>()(z.object({ entity: slugSchema }).strict(), extensionOnly),
  /** Steps to the next or previous mention and opens its popover (the keyboard path). */
  stepMention: request<boolean>()(
    z.object({ direction: z.union([z.literal(1), z.literal(-1)]) }).strict(),
    extensionOnly,
  ),
};

type Specs = Record<string, RequestSpec<z.ZodType, unknown>>;
export type DataOf<S extends Specs, K extends keyof S> = z.output<S[K]['data']>;
export type ReplyOf<S extends Specs, K extends keyof S> = NonNullable<S[K]['reply']>['value'];

/** The @webext-core/messaging protocol map derived from a set of request specs. */
export type ProtocolOf<S extends Specs> = {
  [K in keyof S]: (data: z.input<S[K]['data']>) => Result<ReplyOf<S, K>>;
};

export type BackgroundRequests = typeof backgroundRequests;
export type ContentRequests = typeof contentRequests;

/** Messenger for requests to the background. */
export const backgroundMessenger = defineExtensionMessaging<ProtocolOf<BackgroundRequests>>();
/** Messenger for requests to content scripts. */
export const contentMessenger = defineExtensionMessaging<ProtocolOf<ContentRequests>>();
