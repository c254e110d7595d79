/** How exporters name and sort linked entities: label and kind by id. */
import type { EntityKind } from '../kb/schema';

export type EntityInfo = (id: string) => { label: string; kind: EntityKind } | undefined;

/** Labels of a claim's actors (not events), and of its events. */
export function splitEntities(
  ids: readonly string[],
  info: EntityInfo,
): { actors: string[]; events: string[] } {
  const actors: string[] = [];
  const events: string[] = [];
  for (const id of ids) {
    const entity = info(id);
    (entity?.kind === 'event' ? events : actors).push(entity?.label ?? id);
  }
  return { actors, events };
}
