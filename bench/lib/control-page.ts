/**
 * Speaking to Backstory's background from one of its own pages, as the options page does: plain
 * requests, and files sent over an import port (lib/messaging/ports.ts) a chunk at a time.
 */
import type { Page } from 'playwright-core';
import { wireMessage, type RequestName } from '../../scripts/lib/extension-tabs';
import { CHUNK } from '../../lib/messaging/ports';

export interface ControlPage {
  /** A request to the background; throws on an error reply. */
  ask<T>(type: RequestName, data: unknown): Promise<T>;
  /** A file's text over an import port; the `done` reply's value, or throws. */
  sendText<T>(port: string, text: string, mode: 'preview' | 'apply'): Promise<T>;
}

export function controlPage(control: Page): ControlPage {
  const ask = async <T>(type: RequestName, data: unknown): Promise<T> => {
    const reply = (await control.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(type, data))) as {
      res?: { ok: boolean; value?: T; error?: { message: string } };
    };
    if (!reply?.res?.ok) throw new Error(`${type} failed: ${reply?.res?.error?.message ?? 'no reply'}`);
    return reply.res.value as T;
  };
  /* oxlint-disable unicorn/require-post-message-target-origin -- runtime ports take no origin */
  const sendText = async <T>(port: string, text: string, mode: 'preview' | 'apply'): Promise<T> => {
    const reply = (await control.evaluate(
      // No named functions inside: tsx names them with a helper the page does not have.
      ([name, body, how, chunk]) =>
        new Promise<{ type: string; value?: unknown; error?: { message: string } }>((resolve) => {
          const p = chrome.runtime.connect({ name });
          let at = 0;
          // Each chunk waits for the background's `ack`; the first other reply ends the transfer.
          p.onMessage.addListener((m: { type: string; value?: unknown; error?: { message: string } }) => {
            if (m.type !== 'ack') {
              p.disconnect();
              return resolve(m);
            }
            if (at >= body.length) return p.postMessage({ type: 'end' });
            p.postMessage({ type: 'chunk', text: body.slice(at, (at += chunk)) });
          });
          p.onDisconnect.addListener(() => resolve({ type: 'error', error: { message: 'the port closed' } }));
          p.postMessage({ type: 'start', mode: how, includeSettings: false });
          if (body.length === 0) p.postMessage({ type: 'end' });
          else p.postMessage({ type: 'chunk', text: body.slice(at, (at += chunk)) });
        }),
      [port, text, mode, CHUNK] as const,
    )) as { type: string; value?: T; error?: { message: string } };
    if (reply.type !== 'done') throw new Error(`${port} failed: ${reply.error?.message ?? reply.type}`);
    return reply.value as T;
  };
  /* oxlint-enable unicorn/require-post-message-target-origin */
  return { ask, sendText };
}
