/**
 * The background tells Backstory's own pages that the claims with a note kept as a draft
 * changed (a draft kept or dropped, from the side panel or a claim form as it closes), so the
 * side panel asks again only then, rather than every second (which kept the background's
 * service worker awake as long as the panel was open). See extension-channel.ts.
 */
import { extensionChannel } from './extension-channel';

const channel = extensionChannel('backstory-note-drafts');

/** Says that some claim's note draft was kept or dropped. */
export function announceDraftsChanged(): void {
  channel.announce('changed');
}

/** Calls `listener` each time drafts change; returns the way to stop. */
export function onDraftsChanged(listener: () => void): () => void {
  return channel.listen(() => listener());
}
