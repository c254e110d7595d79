/**
 * Reading the knowledge base back from IndexedDB for the background's message handlers. Records
 * are re-validated with the pack schema on the way out, so a damaged store is detected (and
 * rebuilt by the caller) instead of being shown.
 */
import type { BackstoryDb } from '../db/object-stores';
import { fromStoredEntity } from './records';
import { RequestError } from '../../result';
import { arrangeClaims } from '../../kb/rank';
import {
  byEventDate,
  currentRoleOf,
  refOf,
  sourceRefOf,
  type CardClaim,
  type EntityCard,
  type EventRef,
} from '../../kb/card';
import {
  claimSchema,
  entitySchema,
  sourceMetaSchema,
  type Entity,
  type Source,
  type StoredEntity,
} from '../../kb/schema';

/** Thrown when a stored record no longer matches the schema: the store needs rebuilding. */
export class DamagedKbError extends Error {
  constructor(what: string) {
    super(`The knowledge base is damaged (${what})`);
    this.name = 'DamagedKbError';
  }
}

function checkedEntity(stored: StoredEntity): Entity {
  const parsed = entitySchema.safeParse(fromStoredEntity(stored));
  if (!parsed.success) throw new DamagedKbError(`entity ${stored.id}`);
  return parsed.data;
}

const eventRef = (entity: Entity): EventRef | undefined =>
  entity.kind === 'event' ? { ...refOf(entity), date: entity.date } : undefined;

/** Everything the card for `id` shows. */
export async function getEntityCard(db: BackstoryDb, id: string): Promise<EntityCard> {
  const tx = db.transaction(['entities', 'kbClaims', 'sources', 'packs'], 'readonly');
  const entities = tx.objectStore('entities');
  const stored = await entities.get(id);
  if (!stored) throw new RequestError('not-found', `No entity "${id}" in the knowledge base`);
  const entity = checkedEntity(stored);

  const [claimRecords, inbound] = await Promise.all([
    tx.objectStore('kbClaims').index('about').getAll(id),
    entities.index('links').getAll(id),
  ]);
  const linkedIds = new Set<string>(stored.links);
  const others = new Map<string, Entity>();
  await Promise.all(
    [...linkedIds].map(async (other) => {
      const record = await entities.get(other);
      if (record) others.set(other, checkedEntity(record));
    }),
  );
  for (const record of inbound) others.set(record.id, checkedEntity(record));

  const sourceIds = [...new Set(claimRecords.map((c) => c.source))];
  const sources = new Map(
    await Promise.all(
      sourceIds.map(async (sourceId) => {
        const record = await tx.objectStore('sources').get(sourceId);
        if (!record) throw new DamagedKbError(`source ${sourceId}`);
        const { pack: _pack, text: _text, ...rest } = record;
        const meta = sourceMetaSchema.safeParse(rest);
        if (!meta.success) throw new DamagedKbError(`source ${sourceId}`);
        return [sourceId, sourceRefOf(meta.data)] as const;
      }),
    ),
  );
  // Where each claim comes from: only the bundled pack speaks with Backstory's own voice.
  const packIds = [...new Set([stored.pack, ...claimRecords.map((c) => c.pack)])];
  const packs = new Map(
    await Promise.all(
      packIds.map(async (packId) => {
        const record = await tx.objectStore('packs').get(packId);
        return [
          packId,
          { id: packId, title: record?.title ?? packId, builtin: record?.builtin ?? false },
        ] as const;
      }),
    ),
  );
  const claims: CardClaim[] = claimRecords.map(({ pack, ...record }) => {
    const parsed = claimSchema.safeParse(record);
    if (!parsed.success) throw new DamagedKbError(`claim ${record.id}`);
    return { ...parsed.data, sourceRef: sources.get(record.source)!, pack: packs.get(pack)! };
  });

  const related = [
    ...entity.related
      .filter((r) => others.has(r.target))
      .map((r) => ({
        type: r.type,
        direction: 'out' as const,
        entity: refOf(others.get(r.target)!),
        claims: r.claims,
      })),
    ...inbound.flatMap((record) =>
      record.related
        .filter((r) => r.target === id)
        .map((r) => ({
          type: r.type,
          direction: 'in' as const,
          entity: refOf(others.get(record.id)!),
          claims: r.claims,
        })),
    ),
  ];
  const events = [...others.values()]
    .map(eventRef)
    .filter((e): e is EventRef => e !== undefined)
    .toSorted(byEventDate);
  const role = currentRoleOf(entity);
  const label = (other: string | null) => (other ? (others.get(other)?.label ?? null) : null);
  let organisationLabel = label(role?.organisation ?? null);
  if (role?.organisation && organisationLabel === null) {
    const org = await entities.get(role.organisation);
    organisationLabel = org?.label ?? null;
  }

  return {
    entity,
    pack: packs.get(stored.pack)!,
    currentRole: role ? { ...role, organisationLabel } : null,
    ...arrangeClaims(entity, claims),
    related,
    events,
    participants:
      entity.kind === 'event'
        ? entity.participants.flatMap((p) => (others.has(p) ? [refOf(others.get(p)!)] : []))
        : [],
    place:
      entity.kind === 'event' && entity.place && others.has(entity.place)
        ? refOf(others.get(entity.place)!)
        : null,
  };
}

/** All events, in date order; undated events last. */
export async function getTimeline(db: BackstoryDb): Promise<EventRef[]> {
  const events = await db.getAllFromIndex('entities', 'kind', 'event');
  return events
    .map((record) => eventRef(checkedEntity(record)))
    .filter((e): e is EventRef => e !== undefined)
    .toSorted(byEventDate);
}

/** One source document with its text, for the reader page. */
export async function getSource(db: BackstoryDb, id: string): Promise<Source> {
  const record = await db.get('sources', id);
  if (!record) throw new RequestError('not-found', `No source "${id}" in the knowledge base`);
  const { pack: _pack, text, ...rest } = record;
  const meta = sourceMetaSchema.safeParse(rest);
  if (!meta.success || typeof text !== 'string') throw new DamagedKbError(`source ${id}`);
  return { ...meta.data, text };
}
