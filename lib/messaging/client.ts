/**
 * The sending side of the protocol. Transport failures (no background, no content script in the
 * tab, a closed port) come back as `unreachable` results rather than thrown errors, so callers
 * handle one shape.
 */
import {
  backgroundMessenger,
  contentMessenger,
  type BackgroundRequests,
  type ContentRequests,
  type ReplyOf,
} from './protocol';
import { fail, type Result } from '../result';
import type { InputOf, Schema } from './spec';

type Input<S extends Record<string, { data: Schema }>, K extends keyof S> = InputOf<S[K]['data']>;

/** Sends a request to the background and resolves with its result. */
export async function askBackground<K extends keyof BackgroundRequests>(
  name: K,
  data: Input<BackgroundRequests, K>,
): Promise<Result<ReplyOf<BackgroundRequests, K>>> {
  try {
    const reply = await (backgroundMessenger.sendMessage as (n: K, d: unknown) => Promise<unknown>)(
      name,
      data,
    );
    return reply === undefined
      ? fail('unreachable', `No reply to "${String(name)}"`)
      : (reply as Result<ReplyOf<BackgroundRequests, K>>);
  } catch (error) {
    return fail('unreachable', `Backstory's background did not answer "${String(name)}": ${String(error)}`);
  }
}

/** Sends a request to the content script in one frame of a tab (the top frame by default). */
export async function askContent<K extends keyof ContentRequests>(
  tabId: number,
  name: K,
  data: Input<ContentRequests, K>,
  frameId = 0,
): Promise<Result<ReplyOf<ContentRequests, K>>> {
  try {
    const send = contentMessenger.sendMessage as (
      n: K,
      d: unknown,
      o: { tabId: number; frameId: number },
    ) => Promise<unknown>;
    const reply = await send(name, data, { tabId, frameId });
    return reply === undefined
      ? fail('unreachable', 'Backstory is not running on this page')
      : (reply as Result<ReplyOf<ContentRequests, K>>);
  } catch (error) {
    return fail('unreachable', `Backstory is not running on this page: ${String(error)}`);
  }
}
