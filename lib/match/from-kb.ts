/**
 * Turns knowledge-base entities into the matcher's alias list. An entity's label always
 * matches as written (and, for one-word labels, in capitals: "PAKISTAN" in a headline), unless
 * the entity lists an alias with the same text, whose rules then win ("Gulf" needing context).
 * Transliterated names also match in their usual other spellings (variants.ts). Confusables
 * become blockers, so "Pakistani Taliban" is consumed whole and never yields "Taliban". The
 * recognisers' cues join the same dictionary: demonyms, the head nouns of the kinds of
 * happening events have, and the phrases of the offices people hold.
 */
import { foldAlias } from '../kb/alias-key';
import { endingHeads, happeningKinds, headNouns, namedHeads, sitedHeads, verbHeads } from '../kb/happenings';
import type { Entity, EntityKind } from '../kb/schema';
import type { AliasSpec } from './dictionary';
import { roleKeys, roleKeysOf, rolePhrases } from './phrase-link';
import { sportsWords } from './sports-words';
import { spellingVariants } from './variants';
import { eventCueOf, stateOf, type EventCue } from './cue-data';

/** What the content script needs to know about each entity a match can point at. */
export interface MatchEntity {
  id: string;
  label: string;
  kind: EntityKind;
  /**
   * Indices of entities closely tied to this one (related, participants, place, role
   * organisations, in either direction). A weak alias such as a capital or a short form links
   * when the page names one of them; a bare surname still needs the person named in full.
   */
  support: number[];
  /** People and organisations: the state they belong to, when the KB says (for event cues). */
  state?: number;
  /**
   * People: the offices they hold (indices into `roleKeys`), each with its state or -1, and
   * `loose` when the title names the office only by a wider one (phrase-link.ts).
   */
  roles?: { key: number; state: number; loose?: true }[];
  /** Events with cues: what the event recogniser reads (see cue-data.ts). */
  cue?: EventCue;
  /**
   * Organisations: events named after one of their sittings ("UN General Assembly 2025" for
   * the UN General Assembly), which "on the sidelines of the UN General Assembly" means.
   */
  sessions?: number[];
}

export interface MatcherSource {
  entities: MatchEntity[];
  aliases: AliasSpec[];
}

const roleOf = (kind: EntityKind) => (kind === 'person' || kind === 'event' ? kind : undefined);

export function aliasSpecsFromEntities(list: readonly Entity[]): MatcherSource {
  const entities: MatchEntity[] = [];
  const aliases: AliasSpec[] = [];
  const blockers = new Set<string>();
  const indexOf = new Map(list.map((entity, index) => [entity.id, index]));
  const support = list.map(() => new Set<number>());
  const tie = (a: number, b: string | null) => {
    const other = b === null ? undefined : indexOf.get(b);
    if (other === undefined || other === a) return;
    support[a]!.add(other);
    support[other]!.add(a);
  };
  list.forEach((entity, index) => {
    entity.related.forEach((r) => tie(index, r.target));
    entity.roles.forEach((r) => tie(index, r.organisation));
    if (entity.kind === 'event') {
      entity.participants.forEach((p) => tie(index, p));
      tie(index, entity.place);
    }
  });
  const states = list.map((_, index) => stateOf(list, indexOf, index));
  const cueStates = list.map((_, index) => stateOf(list, indexOf, index, true));
  const sessions = sessionsOf(list);
  const variants = new Set<AliasSpec>();
  const officePhrases = new Set(roleKeys.flatMap((key) => rolePhrases[key].map(foldAlias)));
  list.forEach((entity, index) => {
    const match: MatchEntity = {
      id: entity.id,
      label: entity.label,
      kind: entity.kind,
      support: [...support[index]!],
    };
    if (states[index]! >= 0 && entity.kind !== 'state') match.state = states[index]!;
    if (entity.kind === 'person') {
      const roles = entity.roles.flatMap((role) => {
        const org = role.organisation === null ? undefined : indexOf.get(role.organisation);
        const state = org === undefined ? -1 : states[org]!;
        return roleKeysOf(role.title).map(({ key, loose }) =>
          loose ? { key, state, loose } : { key, state },
        );
      });
      if (roles.length > 0) match.roles = roles;
    }
    if (entity.kind === 'event' && entity.cues) match.cue = eventCueOf(entity, list, indexOf, cueStates);
    if (sessions[index]!.length > 0) match.sessions = sessions[index]!;
    entities.push(match);
    const role = roleOf(entity.kind);
    const state = entity.kind === 'state';
    const lastWord = foldAlias(entity.label.split(/\s+/).at(-1)!);
    const isSurname = (text: string) =>
      entity.kind === 'person' && /\s/.test(entity.label) && foldAlias(text) === lastWord;
    const own = new Set(entity.aliases.map((a) => foldAlias(a.text)));
    const add = (spec: AliasSpec) => {
      aliases.push(spec);
      if (spec.caseSensitive) return;
      for (const variant of spellingVariants(spec.text, entity.kind === 'person'))
        if (!own.has(foldAlias(variant))) {
          const generated = { ...spec, text: variant };
          variants.add(generated);
          aliases.push(generated);
        }
    };
    // An index's or a bibliography's order ("Munir, Asim", "Weinbaum, Marvin G."): the full name
    // with its surname first, in its own case.
    const words = entity.label.split(/\s+/);
    if (entity.kind === 'person' && words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)))
      aliases.push({
        text: `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`,
        entity: index,
        caseSensitive: true,
        needsContext: null,
        role,
        state,
      });
    if (!own.has(foldAlias(entity.label))) {
      // A name of several words is no ordinary word in any case ("MIDDLE EAST", "Aamir QURESHI");
      // one word keeps its case, with an all-capitals form for headlines ("PAKISTAN").
      const several = /\s/.test(entity.label);
      add({ text: entity.label, entity: index, caseSensitive: !several, needsContext: null, role, state });
      if (!several && !/[\d-]/.test(entity.label) && entity.label !== entity.label.toUpperCase()) {
        aliases.push({
          text: entity.label.toUpperCase(),
          entity: index,
          caseSensitive: true,
          needsContext: null,
          role,
          state,
          shouted: true,
        });
      }
    }
    for (const alias of entity.aliases) {
      // A bare title ("Chief of Army Staff") is read as a role phrase (epithets.ts), which sees
      // whose office it is ("India's Chief of the Army Staff" is not this person's).
      if (
        entity.kind === 'person' &&
        alias.needsContext === 'short-form' &&
        officePhrases.has(foldAlias(alias.text))
      )
        continue;
      // A place's alias that is also a state's capital ("Washington") names the city where the
      // text reads the capital as a place; it is never matched on its own.
      const city = entity.kind === 'place' && alias.needsContext === 'capital';
      add({
        text: alias.text,
        entity: index,
        caseSensitive: alias.caseSensitive,
        needsContext: city ? null : alias.needsContext,
        role: city ? 'city' : role,
        state,
        surname: isSurname(alias.text),
      });
      for (const confusable of alias.confusables) blockers.add(confusable);
    }
  });
  // A confusable that is itself another entity's name links to that entity instead.
  const named = new Set(aliases.map((a) => foldAlias(a.text)));
  for (const text of blockers) {
    if (!named.has(foldAlias(text)))
      aliases.push({ text, entity: -1, caseSensitive: false, needsContext: null });
  }
  aliases.push(...cueSpecs(list, entities, named));
  return { entities, aliases: dropClashingVariants(aliases, variants) };
}

/**
 * For each organisation, the dated events named as one of its sittings: its name with a year or
 * an ordinal added ("UN General Assembly 2025", "80th UN General Assembly").
 */
function sessionsOf(list: readonly Entity[]): number[][] {
  const key = (text: string) =>
    foldAlias(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const eventNames = list.map((e) =>
    e.kind === 'event' && !('undated' in e.date) ? [e.label, ...e.aliases.map((a) => a.text)].map(key) : [],
  );
  return list.map((org) => {
    if (org.kind !== 'organisation') return [];
    const names = [org.label, ...org.aliases.filter((a) => !a.needsContext).map((a) => a.text)].map(key);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sitting = (event: string) =>
      names.some(
        (name) =>
          event !== name &&
          new RegExp(`^(?:\\d+(?:st|nd|rd|th) (?:session of the )?)?${escape(name)} ?(?:\\d{2,4})?$`).test(
            event,
          ),
      );
    return eventNames.flatMap((events, i) => (events.some(sitting) ? [i] : []));
  });
}

/** Demonyms, head nouns of the kinds events in the KB have, and phrases of offices people hold. */
function cueSpecs(
  list: readonly Entity[],
  entities: readonly MatchEntity[],
  named: Set<string>,
): AliasSpec[] {
  const specs: AliasSpec[] = [];
  const free = (text: string) => !named.has(foldAlias(text));
  list.forEach((entity, index) => {
    if (entity.kind !== 'event')
      for (const demonym of entity.demonyms ?? [])
        if (free(demonym)) {
          specs.push({
            text: demonym,
            entity: index,
            caseSensitive: true,
            needsContext: null,
            role: 'demonym',
          });
          // "*PAKISTAN CONDEMNS ISRAELI STRIKES": headlines in capitals, as for one-word names.
          const shouted = demonym.toUpperCase();
          if (shouted !== demonym && free(shouted))
            specs.push({
              text: shouted,
              entity: index,
              caseSensitive: true,
              needsContext: null,
              role: 'demonym',
              shouted: true,
            });
        }
  });
  const kinds = new Set(entities.flatMap((e) => e.cue?.happenings ?? []));
  for (const kind of kinds)
    for (const head of [
      ...headNouns[happeningKinds[kind]!],
      ...(endingHeads[happeningKinds[kind]!] ?? []),
      ...(verbHeads[happeningKinds[kind]!] ?? []),
      ...(namedHeads[happeningKinds[kind]!] ?? []),
      ...(sitedHeads[happeningKinds[kind]!] ?? []),
    ])
      if (free(head))
        specs.push({ text: head, entity: kind, caseSensitive: false, needsContext: null, role: 'head' });
  for (const [text, weight] of sportsWords)
    if (free(text))
      specs.push({
        text,
        entity: weight,
        caseSensitive: text !== text.toLowerCase(),
        needsContext: null,
        role: 'sport',
      });
  const offices = new Set(entities.flatMap((e) => e.roles?.map((r) => r.key) ?? []));
  for (const key of offices)
    for (const phrase of rolePhrases[roleKeys[key]!])
      if (free(phrase))
        specs.push({
          text: phrase,
          entity: key,
          caseSensitive: phrase === phrase.toUpperCase(),
          needsContext: null,
          role: 'title',
        });
  return specs;
}

/**
 * A generated spelling that is another entity's name, or that two entities' names both yield,
 * would make an alias shared without a rule: such variants are dropped.
 */
function dropClashingVariants(aliases: AliasSpec[], variants: ReadonlySet<AliasSpec>): AliasSpec[] {
  const owners = new Map<string, Set<number>>();
  for (const a of aliases) {
    if (a.entity < 0 || (a.role && a.role !== 'person' && a.role !== 'event')) continue;
    const key = foldAlias(a.text);
    owners.set(key, (owners.get(key) ?? new Set()).add(a.entity));
  }
  return aliases.filter((a) => !variants.has(a) || owners.get(foldAlias(a.text))!.size === 1);
}
