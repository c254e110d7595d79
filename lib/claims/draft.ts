/**
 * What the claim form may save of what the reader typed: each field is checked on its own with
 * the claim schema, so a note that is too long does not stop the tags being saved (and the
 * other way round). A refused field stays in the form, with one sentence saying why.
 */
import { z } from 'zod';
import { savedClaimSchema, tagSchema, type ClaimPatch } from './schema';
import type { ClaimLabel } from './constants';

export const MAX_NOTE = 20_000;
/**
 * The longest note kept as a draft when it is too long to save (fifty times the limit): the
 * note field takes no more, so nothing typed into it is ever dropped.
 */
export const MAX_NOTE_DRAFT = 1_000_000;
/** A note too long to save, kept whole as the claim's draft (lib/background/claims/note-drafts.ts). */
export const noteDraftSchema = z.string().min(1).max(MAX_NOTE_DRAFT);
export const MAX_TAGS = 100;

export interface Draft {
  note: string;
  tags: string;
  label: ClaimLabel;
  entities: string[];
}

export interface CheckedDraft {
  /** The fields that can be saved. */
  patch: ClaimPatch;
  /** Why a field cannot be saved yet, by field. */
  refused: { note?: string; tags?: string };
}

/**
 * The tag list as typed: comma-separated, trimmed, without a leading `#` (the panel's chips and
 * the Markdown export add their own, so "#lunch" would read "##lunch"), and without duplicates
 * in any case ("Lunch" and "lunch" are one tag in Obsidian and Logseq): the first spelling wins.
 */
export function parseTags(text: string): string[] {
  const byKey = new Map<string, string>();
  for (const typed of text.split(',')) {
    const tag = typed.trim().replace(/^#+\s*/, '');
    const key = tag.toLocaleLowerCase();
    if (tag && !byKey.has(key)) byKey.set(key, tag);
  }
  return [...byKey.values()];
}

const plain = (n: number) => n.toLocaleString('en-GB');

/**
 * The line under a note field: its length against the limit, and, once over it, what to do. The
 * field's own cap (`MAX_NOTE_DRAFT`) is named as soon as the note is over the limit, so the reader
 * knows it long before the field stops taking text; `noteFull` says when it has.
 */
export function noteCountText(note: string, refusedNote: string | undefined): string {
  const count = `${plain(note.length)} / ${plain(MAX_NOTE)} characters`;
  if (!refusedNote) return count;
  return `${count} — ${refusedNote} The field holds ${plain(MAX_NOTE_DRAFT)} characters at most.`;
}

/**
 * Said (as an alert) when the note field is full: the browser takes no more typing and cuts a
 * paste, and the reader must know that what they just typed or pasted did not go in.
 */
export const noteFull = (note: string): string | undefined =>
  note.length >= MAX_NOTE_DRAFT
    ? `The note is full (${plain(MAX_NOTE_DRAFT)} characters): it takes no more, so anything typed or pasted past that point did not go in.`
    : undefined;

export function checkDraft(draft: Draft): CheckedDraft {
  const patch: ClaimPatch = { label: draft.label, entities: draft.entities };
  const refused: CheckedDraft['refused'] = {};
  if (savedClaimSchema.shape.note.safeParse(draft.note).success) patch.note = draft.note;
  else
    refused.note = `Shorten it by ${plain(draft.note.length - MAX_NOTE)} characters to save it; until then it is kept as a draft.`;
  const tags = parseTags(draft.tags);
  const badTag = tags.find((tag) => !tagSchema.safeParse(tag).success);
  if (badTag !== undefined)
    refused.tags = `The tag “${badTag.slice(0, 30)}${badTag.length > 30 ? '…' : ''}” is too long (80 characters at most) or holds control characters; tags are not saved until it is fixed.`;
  else if (tags.length > MAX_TAGS)
    refused.tags = `There are ${tags.length} tags; a claim keeps at most ${MAX_TAGS}, so tags are not saved until some are removed.`;
  else patch.tags = tags;
  return { patch, refused };
}
