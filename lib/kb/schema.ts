/**
 * The knowledge-base format: sources, entities (actors and events) and claims, each claim a
 * verbatim quote from a source. The seed knowledge base and every imported knowledge pack use
 * this one schema; TypeScript types are inferred from it.
 */
import { z } from 'zod';
import { slugSchema } from './slug';
import { webUrlSchema } from '../web-url';
import { happeningKinds } from './happenings';
import type { Issue } from '../result';

export const entityKinds = ['person', 'state', 'place', 'organisation', 'system', 'event'] as const;
export const claimStatuses = ['stated-as-fact', 'reported-unconfirmed', 'analysis', 'opinion'] as const;

/** Typed links between entities, read as "subject <type> target". */
export const relationTypes = [
  'met',
  'called',
  'member-of',
  'part-of',
  'leads',
  'opposed',
  'supported',
  'praised',
  'nominated',
  'participated-in',
  'located-in',
  'capital-of',
  'supplied',
  'mediated',
  'author-of',
  'works-for',
  'allied-with',
  'rival-of',
  'followed',
  'related-to',
] as const;

/** Why an alias may only link when the page also names the entity unambiguously. */
export const contextReasons = ['surname', 'given-name', 'capital', 'short-form', 'common-word'] as const;

export { slugSchema };

/** An ISO 8601 date at day, month or year precision: `2025-06-21`, `2025-06`, `2025`. */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );

const claimRefs = z.array(slugSchema).min(1);
const note = z.string().min(1).max(2000);

export const aliasSchema = z
  .object({
    text: z.string().min(1).max(200),
    /** Acronyms ("US", "CIA", "TLP") match only as written; "us" is a pronoun. */
    caseSensitive: z.boolean(),
    /** Set when the alias alone is too weak to link (a surname, a capital city, a short form). */
    needsContext: z.enum(contextReasons).nullable().default(null),
    /** Longer phrases containing the alias that name something else and must never link. */
    confusables: z.array(z.string().min(1).max(200)).max(50).default([]),
    /** Required when another entity has the same alias: how a mention is decided between them. */
    ambiguous: z.object({ rule: note }).strict().optional(),
    /** `seed`: a spelling the sources use; `other-outlets`: a common spelling elsewhere. */
    origin: z.enum(['seed', 'other-outlets']),
    note: note.optional(),
  })
  .strict();

export const roleSchema = z
  .object({
    title: z.string().min(1).max(200),
    /** Entity id of the organisation or state, when the KB has it. */
    organisation: slugSchema.nullable(),
    /** As the sources state them; null when they do not say. */
    from: partialDateSchema.nullable(),
    to: partialDateSchema.nullable(),
    /** The date of the source that uses the title, for "as of" displays. */
    asOf: partialDateSchema.nullable(),
    claims: claimRefs,
    note: note.optional(),
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(relationTypes),
    target: slugSchema,
    claims: claimRefs,
    note: note.optional(),
  })
  .strict();

/** A point in time at some precision, a range, or an explicit "undated" with the reason. */
export const eventDateSchema = z.union([
  z.object({ on: partialDateSchema, claims: claimRefs, note: note.optional() }).strict(),
  z
    .object({ from: partialDateSchema, to: partialDateSchema, claims: claimRefs, note: note.optional() })
    .strict(),
  z.object({ undated: z.literal(true), reason: note }).strict(),
]);

/** Where sources differ or err about an entity, recorded rather than silently resolved. */
export const discrepancySchema = z
  .object({
    about: z.string().min(1).max(200),
    note,
    claims: claimRefs,
  })
  .strict();

const entityBase = {
  id: slugSchema,
  label: z.string().min(1).max(200),
  aliases: z.array(aliasSchema).max(200),
  /** One or two sentences in the KB's own words, every part supported by `summaryClaims`. */
  summary: z.string().min(1).max(600),
  summaryClaims: claimRefs,
  roles: z.array(roleSchema).max(50).default([]),
  related: z.array(relationSchema).max(200).default([]),
  discrepancies: z.array(discrepancySchema).max(50).default([]),
};

export const actorSchema = z
  .object({
    ...entityBase,
    kind: z.enum(['person', 'state', 'place', 'organisation', 'system']),
    /**
     * Words for the entity's people ("Pakistani", "Iranian"). Never linked themselves, they tell
     * the event and role recognisers who a phrase is about ("Iranian nuclear sites").
     */
    demonyms: z.array(z.string().min(2).max(60)).max(20).optional(),
  })
  .strict();

/**
 * What the event recogniser reads in a sentence to know this event when a page names it in its
 * own words: which kinds of happening it was, and which participants a reader needs to place it.
 */
export const eventCuesSchema = z
  .object({
    /** Kinds of happening ("conflict", "call"); each must be borne out by a cited claim or an alias. */
    happenings: z.array(z.enum(happeningKinds)).min(1).max(10),
    /**
     * Participants (or the place) the page must name, in the phrase or anywhere else, before a
     * phrase links: "a brief military conflict with India" is this conflict only on a page that
     * also names Pakistan. Defaults to every participant.
     */
    core: z.array(slugSchema).max(20).optional(),
    claims: claimRefs,
  })
  .strict();

export const eventSchema = z
  .object({
    ...entityBase,
    kind: z.literal('event'),
    date: eventDateSchema,
    /** Entity id of the place, or null when the sources do not say where. */
    place: slugSchema.nullable(),
    participants: z.array(slugSchema).max(200),
    cues: eventCuesSchema.optional(),
  })
  .strict();

export const entitySchema = z.discriminatedUnion('kind', [actorSchema, eventSchema]);

export const claimSchema = z
  .object({
    id: slugSchema,
    about: z.array(slugSchema).min(1).max(50),
    /** A short statement in the KB's own words. */
    text: z.string().min(1).max(600),
    /** Verbatim from the source, found at `start`..`end` (UTF-16 offsets, end exclusive). */
    quote: z.string().min(1).max(2000),
    source: slugSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    status: z.enum(claimStatuses),
    /** Who asserts it: "CNN-News18, citing unnamed intelligence sources". */
    attribution: z.string().min(1).max(300),
  })
  .strict()
  .refine((claim) => claim.end - claim.start === claim.quote.length, {
    message: 'end - start must equal the length of the quote',
    path: ['end'],
  });

/** A metadata field with the text that supports it, or "not stated". */
const evidenced = <T extends z.ZodType>(value: T) =>
  z.object({ value, evidence: z.string().min(1).max(1000) }).strict();

export const sourceKinds = ['news report', 'analysis', 'opinion'] as const;

export const sourceMetaSchema = z
  .object({
    id: slugSchema,
    /** File name under the pack's sources (for the seed pack, `seeds/sources/`). */
    file: z.string().min(1).max(200),
    title: evidenced(z.string().min(1).max(500).nullable()),
    outlet: evidenced(z.string().min(1).max(200).nullable()),
    authors: evidenced(z.array(z.string().min(1).max(200)).max(50)),
    published: evidenced(partialDateSchema.nullable()),
    kind: evidenced(z.enum(sourceKinds)),
    /** Checked like a claim's page address: a link here must never be anything but http(s). */
    url: webUrlSchema.nullable(),
  })
  .strict();

export const packInfoSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1).max(200),
    version: z.string().min(1).max(50),
    description: z.string().max(2000).default(''),
  })
  .strict();

/** A whole knowledge pack as one JSON document, as imported from a file. */
export const knowledgePackSchema = z
  .object({
    format: z.literal('backstory-knowledge-pack'),
    formatVersion: z.literal(1),
    pack: packInfoSchema,
    sources: z.array(sourceMetaSchema.extend({ text: z.string().min(1).max(5_000_000) })).max(10_000),
    entities: z.array(entitySchema).max(200_000),
    claims: z.array(claimSchema).max(1_000_000),
  })
  .strict();

export type EntityKind = (typeof entityKinds)[number];
export type ClaimStatus = (typeof claimStatuses)[number];
export type RelationType = (typeof relationTypes)[number];
export type Alias = z.output<typeof aliasSchema>;
export type Role = z.output<typeof roleSchema>;
export type Relation = z.output<typeof relationSchema>;
export type EventDate = z.output<typeof eventDateSchema>;
export type Actor = z.output<typeof actorSchema>;
export type KbEvent = z.output<typeof eventSchema>;
export type EventCues = z.output<typeof eventCuesSchema>;
export type Entity = z.output<typeof entitySchema>;
export type Claim = z.output<typeof claimSchema>;
export type SourceMeta = z.output<typeof sourceMetaSchema>;
export type Source = SourceMeta & { text: string };
export type PackInfo = z.output<typeof packInfoSchema>;
export type KnowledgePack = z.output<typeof knowledgePackSchema>;

/*
 * Knowledge-base records as the background stores them in IndexedDB: the pack's own records
 * plus the keys the indexes need (`lib/background/kb/records.ts` makes them). Records are
 * re-validated with the schemas above when read back after a schema change.
 */
export type StoredEntity = Entity & {
  pack: string;
  /** Folded alias texts and label, for the alias index. */
  aliasKeys: string[];
  /** Events only: the first day of the date, for the timeline index. */
  sortDate?: string;
  /** Every entity this one points at (related targets, participants, place). */
  links: string[];
};
export type StoredClaim = Claim & { pack: string };
export type StoredSource = Source & { pack: string };
/** An installed knowledge pack, as listed to the reader. */
export type StoredPack = PackInfo & {
  builtin: boolean;
  /** SHA-256 of the pack's JSON, to tell whether a bundled pack changed. */
  hash: string;
  installedAt: string;
  counts: { sources: number; entities: number; claims: number };
};

/** An installed pack, whether it replaced an older version, and what it was warned about. */
export interface PackInstalled {
  pack: StoredPack;
  replaced: boolean;
  warnings: Issue[];
}
