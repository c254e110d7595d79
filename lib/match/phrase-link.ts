/**
 * How a phrase found by a recogniser (not an alias) may link, decided with the page's context
 * like any other mention (context.ts). Role keys are the offices role phrases name ("the
 * premier", "the army chief"), read from the knowledge base's role titles.
 */

export type PhraseLink =
  /**
   * An event named in the page's own words. Each candidate links when every entity in `needs`
   * (core participants the phrase itself does not name) is named somewhere on the page; the
   * phrase links when one candidate does and beats the others by the margin (event-score.ts);
   * `score` is how well the sentence fits it (absent: all alike).
   */
  | { via: 'cue'; candidates: { entity: number; needs: number[]; score?: number }[] }
  /** A role phrase ("the field marshal"): links to the one holder the page names. */
  | { via: 'epithet'; holders: number[] };

/** Offices a role phrase can name, with the phrases (lower case) and how a role title starts. */
export const roleKeys = [
  'prime-minister',
  'president',
  'army-chief',
  'field-marshal',
  'secretary-of-state',
  'foreign-minister',
  'director-general',
  'leader',
  'general',
] as const;
export type RoleKey = (typeof roleKeys)[number];

/** Phrases naming each office in running text; the first words of a KB role title that holds it. */
export const rolePhrases: Record<RoleKey, readonly string[]> = {
  'prime-minister': ['prime minister', 'premier', 'PM'],
  president: ['president'],
  'army-chief': [
    'army chief',
    'chief of army staff',
    'chief of the army staff',
    'army chief of staff',
    'military chief',
    'army commander',
  ],
  'field-marshal': ['field marshal'],
  'secretary-of-state': ['secretary of state', 'secretary', 'top diplomat'],
  'foreign-minister': ['foreign minister'],
  'director-general': ['director general', 'director-general'],
  leader: ['leader'],
  // A rank: "the general", "Iran's top general"; "Major General" is a general's rank too.
  general: ['general', 'top general', 'major general'],
};

/** Offices that make their holder a country's leader as well ("the US leader", "the Pakistani leader"). */
const LEADING = new Set<RoleKey>(['prime-minister', 'president']);

/** The offices a KB role title names (its first words are one of the phrases), as indices into `roleKeys`. */
export function roleKeysOf(title: string): number[] {
  const lower = title.toLowerCase();
  const keys = roleKeys.filter((key) =>
    rolePhrases[key].some(
      (phrase) => lower === phrase.toLowerCase() || lower.startsWith(`${phrase.toLowerCase()} `),
    ),
  );
  if (keys.some((key) => LEADING.has(key))) keys.push('leader');
  return [...new Set(keys)].map((key) => roleKeys.indexOf(key));
}
