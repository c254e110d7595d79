/**
 * What the features on one page share and the session keeps up to date: the site, the reader's
 * settings and the knowledge base's version, as last loaded.
 */
import type { Settings } from '@/lib/settings/schema';

export interface PageState {
  /** The page's host name, lower-case: what settings per site are keyed by. */
  readonly site: string;
  settings?: Settings;
  kbVersion: string;
}
