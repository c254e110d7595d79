/**
 * The typed protocol between Backstory's contexts, built on @webext-core/messaging.
 *
 * Requests are declared with the zod schemas their data must satisfy in
 * `lib/messaging/background-requests.ts` and `lib/messaging/content-requests.ts`; receivers parse
 * before use (`lib/messaging/server.ts`). Replies travel as `Result`s because `Error` objects do
 * not survive structured cloning. This module holds only the types and the two messengers, so
 * importing it costs a page nothing.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundRequests } from './background-requests';
import type { ContentRequests } from './content-requests';
import type { ProtocolOf } from './spec';

export type { BackgroundRequests, Pong } from './background-requests';
export type { ClaimPlacement, ContentRequests, PageClaims, PageEntity, ProbeReply } from './content-requests';
export type { DataOf, ProtocolOf, ReplyOf, RequestSpec, SenderKind } from './spec';

/** Messenger for requests to the background. */
export const backgroundMessenger = defineExtensionMessaging<ProtocolOf<BackgroundRequests>>();
/** Messenger for requests to content scripts. */
export const contentMessenger = defineExtensionMessaging<ProtocolOf<ContentRequests>>();
