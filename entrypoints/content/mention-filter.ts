/**
 * The reader's settings as a filter on mentions: which kinds are shown, which names they said
 * link wrongly on this site, and whether only the first mention of each entity is drawn.
 */
import { foldAlias } from '@/lib/kb/alias-key';
import type { MentionFilter } from '@/lib/dom/page-mentions';
import type { Settings } from '@/lib/settings/schema';

export function mentionFilter(settings: Settings, site: string): MentionFilter {
  const kinds = new Set(settings.kindsShown);
  const suppressed = new Set(
    settings.suppressed.filter((s) => s.site === site).map((s) => `${s.entity}\u0000${s.alias}`),
  );
  // Folding the alias text costs more than the rest of deciding a mention: only when needed.
  return {
    // "None" draws nothing either way: register as few ranges as "first" would.
    firstOnly: settings.highlightScope !== 'all',
    shows: (entity, aliasText) =>
      kinds.has(entity.kind) &&
      (suppressed.size === 0 || !suppressed.has(`${entity.id}\u0000${foldAlias(aliasText())}`)),
  };
}
