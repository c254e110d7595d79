/**
 * What Backstory's pages are told about team sync: its status, the documents a server sent that
 * were refused, and the versions in conflict. The background (`lib/background/sync/`) produces
 * these; the options page and the popup show them.
 */
import { z } from 'zod';
import type { SyncConfig } from './config';
import type { SyncBody } from './documents';

export type SyncPhase = 'off' | 'syncing' | 'up-to-date' | 'retrying' | 'stopped';

/** A document from the server that was not taken, and why. */
export const refusedSchema = z.object({ id: z.string(), reason: z.string(), at: z.string() }).strict();
export type Refused = z.output<typeof refusedSchema>;

export interface SyncStatus {
  /** A server is configured. */
  connected: boolean;
  phase: SyncPhase;
  /** One plain sentence: what sync is doing, or what went wrong and what to do. */
  sentence: string;
  /** Whether `sentence` reports a fault. */
  fault: boolean;
  server?: string;
  database?: string;
  username?: string;
  author?: string;
  share?: SyncConfig['share'];
  tags?: string[];
  /** Changes made here and not yet on the server. */
  waiting: number;
  conflicts: number;
  lastSynced?: string;
  refused: Refused[];
}

export interface ConflictVersion {
  rev: string;
  body: SyncBody;
  /** The version edited last (not dated beyond a day ahead of this device's clock): the suggested choice. */
  suggested: boolean;
  /** The version Backstory shows meanwhile (the same on every device). */
  shown: boolean;
}

export interface Conflict {
  id: string;
  versions: ConflictVersion[];
}
