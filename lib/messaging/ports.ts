/**
 * Long transfers between extension pages and the background go over runtime ports, a piece at
 * a time, because one runtime message is capped (64 MiB in Chromium) and must be held whole on
 * both sides. Each port has a name, and every message on it is parsed with these schemas.
 *
 * - Export: the page sends `start`; the background answers `head`, then one `chunk` per `next`
 *   the page sends (so a slow page is never flooded), then `end` — or `error` at any point.
 * - Import (claims or a knowledge pack): the page sends `start`, then `chunk`s, each answered by
 *   `ack`, then `end`; the background answers `done` with the result, or `error`.
 */
import { z } from 'zod';
import { claimPatchSchema, claimQuerySchema } from '../claims/schema';
import { noteDraftSchema } from '../claims/draft';
import { exportFormats } from '../export/render';
import { samePassageChoices } from '../import/same-passage';
import type { Failure } from '../result';

export const EXPORT_PORT = 'backstory-export';
export const IMPORT_PORT = 'backstory-import';
export const PACK_PORT = 'backstory-pack-import';
/**
 * The claim form's port, open as long as the form is: it carries what the reader typed and has
 * not saved yet (`patch`, or null once all is saved), so that the background can save it when the
 * form goes without a word — its tab closed in the half-second before an autosave, say — since
 * a message sent while a frame is being torn down may never arrive. A note over the limit travels
 * as `noteDraft`, which the background keeps whole as a draft for the next time the claim opens.
 */
export const DRAFT_PORT = 'backstory-claim-draft';

export const draftMessageSchema = z
  .object({
    id: z.uuid(),
    patch: claimPatchSchema.nullable(),
    /**
     * A note too long to save, to keep whole as the claim's draft when the form goes; null when
     * the note is not over the limit (or the reader discarded it): any draft kept is dropped.
     */
    noteDraft: noteDraftSchema.nullable().optional(),
  })
  .strict();
export type DraftMessage = z.output<typeof draftMessageSchema>;

/** Largest piece of text in one port message, in characters. */
export const CHUNK = 1 << 20;

export const exportRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      format: z.enum(exportFormats),
      query: claimQuerySchema.optional(),
      ids: z.array(z.uuid()).max(1_000_000).optional(),
      options: z
        .object({
          bom: z.boolean().optional(),
          grouping: z.enum(['page', 'entity']).optional(),
          files: z.enum(['one', 'page']).optional(),
          includeSettings: z.boolean().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z.object({ type: z.literal('next') }).strict(),
]);

export const importRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      /** Claims: only preview, or write. Packs always install when valid. */
      mode: z.enum(['preview', 'apply']),
      includeSettings: z.boolean(),
      /** Claims: the file's claims on passages the reader already has are skipped or merged. */
      samePassage: z.enum(samePassageChoices).default('skip'),
    })
    .strict(),
  z.object({ type: z.literal('chunk'), text: z.string().max(CHUNK) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);

export type ExportRequest = z.output<typeof exportRequestSchema>;
export type ImportRequest = z.output<typeof importRequestSchema>;

export type ExportReply =
  | { type: 'head'; filename: string; mime: string; encoding?: 'base64'; count: number }
  | { type: 'chunk'; text: string }
  | { type: 'end' }
  | { type: 'error'; error: Failure };

export type ImportReply<T> = { type: 'ack' } | { type: 'done'; value: T } | { type: 'error'; error: Failure };
