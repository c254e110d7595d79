/**
 * Kinds of happening an event can be, and the head nouns that name each in English news
 * ("the aerial conflict between …", "a telephonic conversation with …"). An event's `cues`
 * (lib/kb/schema.ts) say which kinds it is; the event recogniser (lib/match/events.ts) reads a
 * sentence's head nouns through this table. General language, not facts about any one event.
 */
export const happeningKinds = [
  'war',
  'conflict',
  'strikes',
  'ceasefire',
  'summit',
  'talks',
  'call',
  'meeting',
  'lunch',
  'visit',
  'nomination',
  'deployment',
  'force',
  'protest',
  'address',
  'recognition',
  'amendment',
  'rapprochement',
  'accord',
  'delegation',
  'plan',
  'post',
  'fair',
  'invasion',
  'change',
  'operation',
] as const;

export type HappeningKind = (typeof happeningKinds)[number];

/**
 * Head nouns by kind, lower case, singular and plural. Multi-word heads ("phone call") are
 * matched before their last word alone.
 */
export const headNouns: Record<HappeningKind, readonly string[]> = {
  war: ['war', 'wars', 'warfare', 'genocide'],
  conflict: [
    'conflict',
    'conflicts',
    'clash',
    'clashes',
    'hostilities',
    'fighting',
    'fight',
    'fights',
    'confrontation',
    'standoff',
    'stand-off',
    'skirmish',
    'skirmishes',
    'flare-up',
    'escalation',
    'campaign',
    'offensive',
    'aggression',
    'crisis',
    'combat',
    'exchanges',
    'duels',
    'battle',
    'battles',
    'bombardment',
    'onslaught',
  ],
  strikes: [
    'strike',
    'strikes',
    'airstrike',
    'airstrikes',
    'air strike',
    'air strikes',
    'air raid',
    'air raids',
    'raid',
    'raids',
    'attack',
    'attacks',
    'bombing',
    'bombings',
    'bombardment',
    'bombing raid',
    'assault',
    'aggression',
    'bombs',
  ],
  ceasefire: ['ceasefire', 'ceasefires', 'cease-fire', 'truce', 'armistice'],
  summit: [
    'summit',
    'summits',
    'gathering',
    'conference',
    'signing ceremony',
    'ceremony',
    'jamboree',
    'signing',
  ],
  talks: ['talks', 'negotiations', 'negotiation', 'dialogue'],
  call: [
    'call',
    'phone call',
    'telephone call',
    'conversation',
    'phone conversation',
    'telephone conversation',
    'telephonic conversation',
    'telephone exchange',
    'phone exchange',
    'phone',
  ],
  meeting: [
    'meeting',
    'meetings',
    'interaction',
    'encounter',
    'encounters',
    'sit-down',
    'conversation',
    'conversations',
    'exchange',
    'handshake',
  ],
  lunch: ['lunch', 'luncheon', 'lunch meeting', 'meal'],
  visit: ['visit', 'visits', 'trip', 'trips', 'tour'],
  nomination: ['nomination', 'nominations', 'endorsement', 'nod', 'recommendation'],
  deployment: [
    'deployment',
    'deployments',
    'dispatch',
    // "troop" before a noun of giving or deciding makes it a sending of soldiers ("the Gaza troop
    // offer", "a troop contribution to the force").
    'troop commitment',
    'troop commitments',
    'troop contribution',
    'troop contributions',
    'troop offer',
    'troop pledge',
    'troop decision',
    // Soldiers named with who sends them and where ("Pakistani troops for Gaza", "Gaza troops"):
    // loose heads (below), which need both.
    'troops',
    'soldiers',
    'contingent',
    'contingents',
    'battalion',
    'battalions',
  ],
  force: ['force', 'mission', 'peacekeepers', 'peacekeeping force'],
  protest: [
    'protest',
    'protests',
    'demonstration',
    'demonstrations',
    'rally',
    'rallies',
    'sit-in',
    'agitation',
    'march',
    'marches',
    'long march',
    'riots',
    'clash',
    'clashes',
    'confrontation',
    'bloodshed',
  ],
  address: ['address', 'speech'],
  recognition: ['recognition', 'recognitions'],
  amendment: ['amendment', 'amendments', 'overhaul', 'restructuring', 'changes', 'package', 'reforms'],
  rapprochement: ['rapprochement', 'opening', 'detente', 'détente'],
  accord: ['accords', 'accord', 'agreement', 'agreements', 'deal', 'normalisation', 'normalization'],
  // "a group of Pakistani journalists who toured Israel": a loose head (below), which needs two
  // pieces of evidence, such as who went and where.
  delegation: ['delegation', 'delegations', 'group'],
  plan: ['plan', 'framework', 'proposal', 'peace plan', 'blueprint'],
  post: ['tweet', 'post'],
  fair: ['fair', 'exhibition', 'expo', 'trade show'],
  invasion: ['invasion', 'occupation'],
  change: ['change', 'wording', 'edit', 'removal', 'deletion'],
  // "the Indian operation in May": a military operation known by its name ("Operation Sindoor").
  operation: ['operation', 'operations'],
};

/**
 * Kinds whose head nouns news uses for each other's happenings: "secret talks in Egypt" were the
 * meetings the knowledge base files, "the US-Iran meeting in Oman" the talks. An event whose first
 * kind is here is read under the other kind's heads too (lib/match/cue-data.ts).
 */
export const alikeKinds: Partial<Record<HappeningKind, readonly HappeningKind[]>> = {
  meeting: ['talks'],
  talks: ['meeting'],
};

/**
 * Head nouns that name a happening of a kind only as the end of another, joined by "to" ("an end
 * to the fighting between Israel and Iran", "a halt to the war"): the recogniser reads them only
 * in that construction (lib/match/event-compose.ts), and they do not bear out an event's kind.
 */
export const endingHeads: Partial<Record<HappeningKind, readonly string[]>> = {
  ceasefire: ['end', 'halt', 'cessation'],
};

/**
 * Ending heads joined to what they ended by "of" rather than "to" ("the cessation of hostilities
 * between Iran and Israel"). Such a phrase names the truce or nothing: where no known truce belongs
 * to what it ended ("the cessation of hostilities of 10 May" between India and Pakistan), it is
 * not the war either (lib/match/event-compose.ts).
 */
export const endingHeadsOf: readonly string[] = ['cessation'];

/**
 * Heads that name the happening where another was made, joined by "of" ("the signing of the Gaza
 * deal in Egypt" is the summit it was signed at): read only in that construction, for an event of
 * the head's kind that the knowledge base relates to the one made (lib/match/event-compose.ts).
 */
export const makingHeads: readonly string[] = ['signing'];

/**
 * Kinds of happening whose object is what they were about ("the march against the Gaza deal"):
 * such a phrase names the happening, not the event it was against (lib/match/event-compose.ts).
 */
export const aboutHeadKinds: readonly HappeningKind[] = ['protest'];

/**
 * Gerunds that name a happening of a kind with their object and a "for" phrase after a preposition
 * ("by nominating Mr Trump for the Nobel Peace Prize", "after putting Trump forward for the
 * prize"): the recogniser reads them only in that construction (lib/match/event-phrase-verb.ts). A finite verb makes a clause, which names no event (the corpus
 * guide's rulings of 6 December). "putting" needs "forward".
 */
export const verbHeads: Partial<Record<HappeningKind, readonly string[]>> = {
  nomination: ['nominating', 'recommending', 'proposing', 'putting'],
};

/**
 * Nouns that name a happening of a kind only after words of the event's own names, and nothing
 * else before them ("the Nobel letter", "Pakistan's Nobel gambit"): alone ("a letter to Trump",
 * "a bold move") they name no happening of the kind, though they may name one of another kind
 * ("the passport change"). The recogniser reads them as heads of the kind (lib/match/from-kb.ts)
 * and the scorer asks for those words of an event it reaches only through such a kind
 * (lib/match/event-score.ts).
 */
export const namedHeads: Partial<Record<HappeningKind, readonly string[]>> = {
  nomination: 'letter letters gambit gesture pitch move thing pick push citation announcement bid'.split(' '),
  // "the constitutional change": a change of another kind alone.
  amendment: ['change'],
  // "the passport rumour", "the passport story": news of a change, named by the change's own words.
  change: ['rumour', 'rumours', 'rumor', 'rumors', 'story', 'report', 'reports'],
};

/**
 * Heads that name what was done at a happening as much as the happening ("the crackdown at
 * Muridke", "the police operation at Muridke", "the TLP crackdown"): they name an event of the
 * kind only with one of its participants or a site where it took place in the phrase, never by
 * its wider place alone ("unrest in Pakistan", "an operation in Pakistan" name nothing). Read as
 * heads of the kind (lib/match/from-kb.ts), checked by the scorer (lib/match/event-score.ts).
 */
export const sitedHeads: Partial<Record<HappeningKind, readonly string[]>> = {
  protest: ['crackdown', 'operation', 'violence', 'shooting', 'shootings', 'gunfire', 'killings', 'massacre'],
};

/**
 * Heads too loose to name a two-sided happening from one name ("Pakistan's crisis", "the Iran
 * crisis", "a campaign by Pakistan's leadership"): they identify an event only with a second
 * piece of evidence (another participant, its month, a pair, words of its names), checked by the
 * scorer (lib/match/event-score.ts). "nod" names a nomination, but "a nod to" is a gesture.
 */
export const looseHeads: readonly string[] =
  `crisis campaign situation troops soldiers contingent contingents battalion battalions group`.split(' ');
/**
 * Heads that name the people a happening sends: before another head they are its subject ("Pakistani
 * soldiers march in a parade"), not a modifier as "peace" is in "the peace summit".
 */
export const peopleHeads: readonly string[] = ['troops', 'soldiers'];
/**
 * Kinds of happening news reports while they are still planned ("a possible Gaza mission"): a
 * word of doubt before the head (lib/match/phrase-words.ts `doubtedPlan`) does not make one
 * hypothetical, as it does "a possible war". Not deployments: the labels leave "a possible troop
 * deployment to Gaza" unmarked.
 */
export const plannedKinds: readonly HappeningKind[] = ['force'];
/** Kinds of happening one side does to another (lib/match/event-one-sided.ts). */
export const oneSidedKinds: readonly HappeningKind[] = ['strikes'];
export const idiomHeads: Readonly<Record<string, RegExp>> = { nod: /^\s+to\s/ };
