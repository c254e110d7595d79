/**
 * The reader's team server: where it is, which database, who they are there, and what they
 * share. Stored in the extension's own IndexedDB (never exported with the settings), and
 * checked with zod on the way in and on every read.
 */
import { z } from 'zod';
import { authorNameSchema, tagSchema, type SavedClaim } from '../claims/schema';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server's address: https, or plain http only on this machine (a password and claims would
 * otherwise cross the network unencrypted). No credentials, query or fragment in it; the path is
 * kept (CouchDB behind a reverse proxy) and ends with a slash.
 */
export const serverUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the server address.')
  .max(2000)
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'The server address must be a full address starting with “https://”.',
      });
      return z.NEVER;
    }
    const local = LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'The server address must start with “https://” (plain “http://” only for a server on this computer).',
      });
      return z.NEVER;
    }
    if (url.username || url.password || url.search || url.hash) {
      ctx.addIssue({
        code: 'custom',
        message: 'Give the server address without a name, password, ? or # in it.',
      });
      return z.NEVER;
    }
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  });

/** CouchDB's rule for database names. */
export const databaseNameSchema = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_$()+/-]{0,237}$/,
    'The database name must start with a lower-case letter and use only a–z, 0–9 and _ $ ( ) + - /.',
  );

export const authorSchema = z
  .string()
  .trim()
  .min(1, 'Enter the name your team will see on your claims.')
  .max(100, 'Keep your name under 100 characters.')
  .refine((name) => !/\p{Cc}/u.test(name), 'Your name must not contain control characters.')
  .pipe(authorNameSchema);

export const shareModes = ['chosen', 'tags', 'all'] as const;
export type ShareMode = (typeof shareModes)[number];

export const syncConfigSchema = z
  .object({
    server: serverUrlSchema,
    database: databaseNameSchema,
    /** Empty for a server that needs no login (a trial pouchdb-server). */
    username: z.string().max(200),
    password: z.string().max(1000),
    author: authorSchema,
    /** Claims shared: only those the reader ticks, those with one of `tags`, or all. */
    share: z.enum(shareModes),
    tags: z.array(tagSchema).max(50),
  })
  .strict();

export type SyncConfig = z.output<typeof syncConfigSchema>;
/** What the options page may change without reconnecting. */
export const sharingRuleSchema = syncConfigSchema.pick({ author: true, share: true, tags: true });
export type SharingRule = z.output<typeof sharingRuleSchema>;

/** A claim's own choice, which overrides the rule: shared, or private whatever the rule says. */
export type ShareChoice = 'shared' | 'private';

/** Whether a claim leaves this browser. Private always wins; claims received from the team are `shared`. */
export function isShared(
  claim: Pick<SavedClaim, 'tags'>,
  choice: ShareChoice | undefined,
  rule: Pick<SharingRule, 'share' | 'tags'>,
): boolean {
  if (choice) return choice === 'shared';
  if (rule.share === 'all') return true;
  if (rule.share === 'chosen') return false;
  const wanted = new Set(rule.tags.map((t) => t.toLocaleLowerCase()));
  return claim.tags.some((t) => wanted.has(t.toLocaleLowerCase()));
}

/**
 * What Firefox asks the reader's consent to transmit when they connect (the manifest's optional
 * `data_collection_permissions`): the shared claims' quotes and pages, and their name.
 */
export const SHARED_DATA_KINDS = ['websiteContent', 'browsingActivity', 'personallyIdentifyingInfo'];

/** The database's address on the server. */
export function databaseUrl(config: Pick<SyncConfig, 'server' | 'database'>): string {
  return new URL(encodeURIComponent(config.database), config.server).href;
}

/**
 * The host permission to ask for: this origin only. Chrome's match patterns take a port; Firefox's
 * do not (its pattern then covers the host on any port).
 */
export function originPattern(server: string, withPort: boolean): string {
  const url = new URL(server);
  return `${url.protocol}//${withPort ? url.host : url.hostname}/*`;
}
