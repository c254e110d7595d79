/**
 * Words the event recogniser reads around a head noun: modifiers that may stand before it
 * ("brief military conflict", "U.S.-led bombing"), prepositions that join its participants
 * ("conflict between …", "strikes on …"), nouns of the phrase that names them ("Iranian nuclear
 * sites"), and words that make a noun a verb or a hypothetical ("to strike", "another war").
 * General English, lower case.
 */
import { happeningKinds, plannedKinds } from '../kb/happenings';
import { wordSet } from './word-list';

export const MODIFIERS = wordSet(`
  troop aerial air military armed brief short short-lived recent proposed international multinational
  nuclear joint bilateral trilateral diplomatic peace private secret telephonic telephone phone
  cross-border border historic landmark deadly bloody major massive unprecedented retaliatory precision
  surprise naval missile drone artillery rocket punitive limited full-scale all-out first latest reported planned
  high-profile high-level rare dramatic fragile ongoing current lasting durable permanent humanitarian
  stabilisation stabilization security peacekeeping enforcement post-war postwar official working state
  constitutional formal intense heavy sustained targeted coordinated conventional summit lunch luncheon
  video travel tourism parliamentary week-long month-long much-discussed much-publicised much-publicized
  controversial televised widely photographed so-called de-escalation exchange quiet discreet
  back-channel two-state nobel prize ceasefire cease-fire truce imposed resort sitting temporary interim
  transitional task western south asian east west north central northern southern eastern
`);

/** Nouns that make a compound with a head noun naming some other kind of thing ("trade war"). */
export const NOUN_COMPOUNDS = wordSet(`
  propaganda trade price tariff media election electoral culture currency water cyber information
  disinformation smear charm advertising marketing fundraising vaccination recruitment signature tax
  word turf bidding price-war hunger flag courtesy photo press news opening award wedding reconstruction
  donor donors investment investor investors climate business
`);

/** "-led", "-backed": a name before them belongs to the phrase ("U.S.-led bombing"). */
export const AGENT_SUFFIXES = wordSet(`
  led backed brokered sponsored imposed initiated launched ordered mediated hosted proposed drafted
`);

/**
 * Participles of brokering: a name joined by them says who brought the happening about, not who
 * took part ("US-brokered", "announced by Trump", "that Trump brokered").
 */
export const BROKER_VERBS = wordSet(`
  brokered mediated backed sponsored announced
`);

/** Joining a phrase to a name as prepositions do; "touring" and "visiting" name a journey's destination. */
export const PREPOSITIONS = wordSet(`
  between with on against over in into inside for to of at from by across targeting since toward towards
  near around outside touring visiting
`);

export const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/** Nouns and adjectives of the phrase after a preposition ("on Iranian nuclear sites"). */
export const NP_WORDS = wordSet(`
  world nuclear sites site facilities facility installations targets enrichment program programme
  infrastructure military territory soil positions bases assets capabilities leadership regime proxies
  strip enclave counterpart government officials leaders forces army president prime minister premier
  chief foreign field marshal general supreme leader nuclear-armed neighbour neighbor rival archrival
  arch-rival top brass house soldiers troops personnel country nation countries nations session joint
  militaries sides neighbours neighbors two rivals generals chiefs commanders men capitals premiers
  presidents both head resort journalists reporters researchers academics scholars influencers
  lawmakers legislators diplomats delegates activists states powers adversaries foes
`);

/**
 * Nouns of a document's text: a name right before one says what the text says, not who took part
 * ("the removal of the Israel clause from passports" is Pakistan's change, not Israel's).
 */
export const TEXT_NOUNS = wordSet(`
  clause clauses line exclusion wording stamp
`);

/** Nouns of NP_WORDS for installations a strike hits ("nuclear sites", "enrichment facilities"). */
export const INSTALLATION_NOUNS = wordSet(`
  sites site facilities facility installations plants plant
`);

/** Nouns of an office whose "of" phrase names the body it heads ("the head of the American Jewish Congress"). */
export const OFFICE_NOUNS = wordSet(`
  head chief leader president chairman director
`);

/**
 * Modifiers that say nothing about which event is meant ("the brief military conflict"): a
 * phrase that names no one identifies an event only by other words of its names.
 */
export const GENERIC_MODIFIERS = wordSet(`
  aerial air military armed brief short short-lived recent proposed international multinational joint
  bilateral trilateral diplomatic private secret telephonic telephone phone historic landmark deadly
  bloody major massive unprecedented retaliatory surprise first latest reported planned high-profile
  high-level rare dramatic fragile ongoing current lasting durable permanent official working state
  formal intense heavy sustained targeted coordinated conventional video widely photographed so-called
  much discussed publicised publicized controversial televised quiet discreet security humanitarian day
  week month year hour long lived missile drone artillery rocket naval imposed temporary interim
  transitional task western south asian east west north central northern southern eastern
`);

/**
 * Modifiers that identify an event only after "the" and only where the event's own names hold them:
 * "the international force" on a page about Gaza is the force its names call the "international
 * stabilisation force", but "an international force" is any such force, and "the international
 * summit" is not ruled out as the Sharm el-Sheikh summit by a word its names lack.
 */
export const DEFINITE_MODIFIERS = wordSet(`
  international
`);

/**
 * Before a head noun, these make it a verb, an event that has not (or not yet) happened, or more
 * than one happening: a count or an ordinal past the first ("two meetings with Trump", "the field
 * marshal's second visit") tells of repeated happenings, not of the one the knowledge base records.
 */
export const NOT_AN_EVENT_BEFORE = wordSet(`
  to will would could might may must should shall can cannot not never another any every no future
  possible potential new next fresh renewed further wider hypothetical eventual imminent looming likely
  threatened feared
  two three four five six seven eight nine ten several multiple
  second third fourth fifth sixth seventh eighth ninth tenth
`);

/**
 * A modifier and head naming a kind of happening that none of the news's events was: "a nuclear
 * war between India and Pakistan" is the war someone says was averted, not the four days of May.
 */
/** Words of doubt that leave a planned happening real ("a possible Gaza mission"). */
const DOUBT_BEFORE = wordSet(`possible potential likely eventual future`);
const PLANNED = new Set(plannedKinds.map((k) => happeningKinds.indexOf(k)));
/** Whether `word` is a word of doubt before a head of a planned kind (lib/kb/happenings.ts `plannedKinds`). */
export const doubtedPlan = (word: string, kinds: readonly number[]) =>
  DOUBT_BEFORE.has(word) && kinds.some((k) => PLANNED.has(k));

export const UNREAL_HAPPENINGS = wordSet(`
  nuclear-war nuclear-wars nuclear-conflict nuclear-exchange
`);

/**
 * Right before a bare head noun, these make it part of a verb phrase ("at war with Iran", "spoke
 * by phone to"). Not "had" or "for": blind labellers mark "had lunch with Trump" and "hosted Munir
 * for lunch at the White House" as the lunch about as often as not.
 */
export const PREDICATIVE_BEFORE = wordSet(`
  by at over
`);

/**
 * After a head noun, these make it part of a place's name ("the exhibition centre", "the summit
 * hall") or of a speech's ("the premier's nomination speech" is a speech, given at another happening).
 */
export const PLACE_NOUNS_AFTER = wordSet(`
  centre center centres centers hall halls venue venues grounds complex speech speeches
`);

/**
 * Heads that name a weapon as much as an attack, and the verbs that make them the weapon: "B-2s
 * dropped bunker-busting bombs on Fordow" tells of the strike by its verb, not by a noun phrase.
 */
export const WEAPON_HEADS = wordSet(`bombs`);
export const WEAPON_VERBS =
  /\b(?:drop|drops|dropped|dropping|fire|fires|fired|firing)\s+(?:[\p{L}-]+\s+){0,2}$/u;
