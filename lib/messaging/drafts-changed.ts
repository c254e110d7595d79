/**
 * The background tells Backstory's own pages that the claims with a note kept as a draft
 * changed (a draft kept or dropped, from the side panel or a claim form as it closes), so the
 * side panel asks again only then, rather than every second (which kept the background's
 * service worker awake as long as the panel was open). A BroadcastChannel reaches only pages
 * of the extension's own origin: a web page, or a content script, can neither hear nor post.
 */
const CHANNEL = 'backstory-note-drafts';

let sender: BroadcastChannel | undefined;

/** Says that some claim's note draft was kept or dropped. */
export function announceDraftsChanged(): void {
  sender ??= new BroadcastChannel(CHANNEL);
  // A channel, not a window: it has no target origin, its own origin is the only one it reaches.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  sender.postMessage('changed');
}

/** Calls `listener` each time drafts change; returns the way to stop. */
export function onDraftsChanged(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', () => listener());
  return () => channel.close();
}
