/**
 * Knowledge-base records to and from their stored form (`StoredEntity` and the other record
 * types in `lib/kb/schema.ts`): the keys the indexes need are added on the way in and stripped
 * on the way out.
 */
import { foldAlias } from '../../kb/alias-key';
import type { Entity, KnowledgePack, StoredEntity, StoredPack } from '../../kb/schema';

/** The earliest day an event date can mean, as a sortable string; undefined when undated. */
export function sortDateOf(entity: Entity): string | undefined {
  if (entity.kind !== 'event' || 'undated' in entity.date) return undefined;
  const first = 'on' in entity.date ? entity.date.on : entity.date.from;
  return first.length === 4 ? `${first}-01-01` : first.length === 7 ? `${first}-01` : first;
}

export function toStoredEntity(entity: Entity, pack: string): StoredEntity {
  const links = new Set(entity.related.map((r) => r.target));
  if (entity.kind === 'event') {
    entity.participants.forEach((id) => links.add(id));
    if (entity.place) links.add(entity.place);
  }
  const stored: StoredEntity = {
    ...entity,
    pack,
    aliasKeys: [...new Set([entity.label, ...entity.aliases.map((a) => a.text)].map(foldAlias))],
    links: [...links],
  };
  const sortDate = sortDateOf(entity);
  if (sortDate) stored.sortDate = sortDate;
  return stored;
}

/** Strips storage-only fields, leaving the record as the pack defined it. */
export function fromStoredEntity({
  pack: _p,
  aliasKeys: _a,
  sortDate: _s,
  links: _l,
  ...entity
}: StoredEntity): Entity {
  return entity as Entity;
}

export function packCounts(pack: KnowledgePack): StoredPack['counts'] {
  return { sources: pack.sources.length, entities: pack.entities.length, claims: pack.claims.length };
}
