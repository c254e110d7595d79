/**
 * What the popover and the side panel show for one entity: the entity, its ranked claims with
 * their sources, its current role, related entities and events. Built in the background from
 * IndexedDB; plain data, so it crosses the messaging boundary as is.
 */
import type { Claim, Entity, EntityKind, EventDate, RelationType, Role, SourceMeta } from './schema';

export interface EntityRef {
  id: string;
  label: string;
  kind: EntityKind;
}

export interface EventRef extends EntityRef {
  date: EventDate;
}

/** Source metadata a claim's source line needs (no text). */
export interface SourceRef {
  id: string;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  kind: SourceMeta['kind']['value'];
}

/** The pack a record comes from: the bundled seed, or one the reader imported. */
export interface PackRef {
  id: string;
  title: string;
  builtin: boolean;
}

export interface CardClaim extends Claim {
  sourceRef: SourceRef;
  /** Where the claim comes from; an imported pack's claims are labelled as its own. */
  pack: PackRef;
}

export interface CardRelation {
  type: RelationType;
  /** `out`: this entity → other ("met"); `in`: other → this entity. */
  direction: 'out' | 'in';
  entity: EntityRef;
  claims: string[];
}

export interface EntityCard {
  entity: Entity;
  /** The pack that defines the entity. */
  pack: PackRef;
  currentRole: (Role & { organisationLabel: string | null }) | null;
  /** What the sources say about the entity, most relevant first (see rank.ts). */
  claims: CardClaim[];
  /** How the sources word or spell it (titles, spellings): shown with "Where the sources differ". */
  wording: CardClaim[];
  related: CardRelation[];
  /** Events this entity takes part in or is linked to, by date. */
  events: EventRef[];
  /** For events: participants and place, resolved. */
  participants: EntityRef[];
  place: EntityRef | null;
}

/** What one entity's card shows on a page: its card (when it could be read) and the reader's claim count. */
export interface CardData {
  id: string;
  card?: EntityCard;
  marked: number;
}

/**
 * The most entities one `getCardData` request names: a page asks for the cards of the names it
 * shows after its scan, in one message, before the reader points at any (a card is a few KB).
 */
export const MAX_CARDS_PER_REQUEST = 16;

/**
 * How much card one `getCardData` reply brings, in characters of its JSON (about what the page
 * keeps of it in its heap). A person's card is 5–40 KB, but a country's holds every claim that
 * names it (Pakistan's was 173 KB): the sixteen cards of the benchmark's 1 MB page came to 567 KB
 * and added 0.8 MB to the page's heap for as long as it stayed open. Cards past the budget are
 * left to the hover, which asks for them when the pointer comes to rest, inside the hover delay.
 */
export const MAX_CARD_DATA_CHARS = 64_000;

export const refOf = (entity: Entity): EntityRef => ({
  id: entity.id,
  label: entity.label,
  kind: entity.kind,
});

export function sourceRefOf(source: SourceMeta): SourceRef {
  return {
    id: source.id,
    title: source.title.value,
    outlet: source.outlet.value,
    authors: source.authors.value,
    published: source.published.value,
    kind: source.kind.value,
  };
}

/** The role that holds now as far as the sources say: open-ended, most recently attested. */
export function currentRoleOf(entity: Entity): Role | null {
  const open = entity.roles.filter((role) => role.to === null);
  const pool = open.length > 0 ? open : entity.roles;
  const when = (role: Role) => role.asOf ?? role.from ?? '';
  return pool.toSorted((a, b) => when(b).localeCompare(when(a)))[0] ?? null;
}

/**
 * The role line, said once: "Prime Minister of Pakistan", not "Prime Minister of Pakistan,
 * Pakistan" — the organisation is added only when the title does not already name it.
 */
export function roleLine(role: { title: string; organisationLabel: string | null }): string[] {
  const org = role.organisationLabel;
  if (!org || role.title.toLowerCase().includes(org.toLowerCase())) return [role.title];
  return [role.title, org];
}

/**
 * Sort key for an event date that keeps precision in mind: "2025" sorts after every dated event
 * of 2025 and "June 2025" after every day of June, so a vaguer date never jumps ahead of the
 * events it spans. Undated events come last.
 */
export function eventDateKey(date: EventDate): string {
  if ('undated' in date) return '9999-99-99';
  const [year, month = '99', day = '99'] = ('on' in date ? date.on : date.from).split('-');
  return `${year}-${month}-${day}`;
}

/** Orders events by date, with precision (see `eventDateKey`), then by label. */
export const byEventDate = (a: EventRef, b: EventRef): number =>
  eventDateKey(a.date).localeCompare(eventDateKey(b.date)) || a.label.localeCompare(b.label);

/** A human date for an event date: "21 June 2025", "June 2025", "2025", "undated". */
export function formatEventDate(date: EventDate): string {
  if ('undated' in date) return 'undated';
  if ('on' in date) return formatPartialDate(date.on);
  return `${formatPartialDate(date.from)} – ${formatPartialDate(date.to)}`;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-06-21` → "21 June 2025"; `2025-06` → "June 2025"; `2025` → "2025". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = months[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
