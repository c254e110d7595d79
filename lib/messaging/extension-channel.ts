/**
 * A named BroadcastChannel among Backstory's own pages, for the background's announcements that
 * something changed (drafts-changed.ts, page-news.ts), so a page asks again only then rather than
 * on a timer. A BroadcastChannel reaches only pages of the extension's own origin: a web page, or
 * a content script, can neither hear nor post.
 */
export interface ExtensionChannel {
  /** Posts `message` to every other page listening on the channel. */
  announce(message: unknown): void;
  /** Calls `listener` with each message posted on the channel; returns the way to stop. */
  listen(listener: (message: unknown) => void): () => void;
}

/** The channel called `name`; the sending side is opened once, on the first announcement. */
export function extensionChannel(name: string): ExtensionChannel {
  let sender: BroadcastChannel | undefined;
  return {
    announce(message) {
      sender ??= new BroadcastChannel(name);
      // A channel, not a window: it has no target origin, its own origin is the only one it reaches.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      sender.postMessage(message);
    },
    listen(listener) {
      // One channel per listener: a channel does not hear its own posts, and closing it stops
      // only this listener.
      const channel = new BroadcastChannel(name);
      channel.addEventListener('message', (event: MessageEvent<unknown>) => listener(event.data));
      return () => channel.close();
    },
  };
}
