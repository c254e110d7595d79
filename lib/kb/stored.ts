/**
 * How knowledge-base records are stored in IndexedDB: the pack's own records plus the keys the
 * indexes need. Records are re-validated with the pack schema when read back after a schema
 * change (see `kb/store.ts`).
 */
import { foldAlias } from './alias-key';
import type { Claim, Entity, KnowledgePack, PackInfo, Source } from './schema';

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
export type StoredPack = PackInfo & {
  builtin: boolean;
  /** SHA-256 of the pack's JSON, to tell whether a bundled pack changed. */
  hash: string;
  installedAt: string;
  counts: { sources: number; entities: number; claims: number };
};

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
