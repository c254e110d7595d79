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
    // Iran's wording for its military chief ("Iran's armed forces chief", "Iran's chief of
    // staff"): read only after a state (epithets.ts `STATE_ONLY`), as a White House or an IDF
    // has a chief of staff too.
    'armed forces chief',
    'chief of staff',
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

/**
 * Phrases that name an office only by a wider one: a "military chief" commands all of a state's
 * services ("Military chief of Iran"), so he holds the army chief's office loosely. "Iran's army
 * chief" may mean him, but a bare "the army chief" beside him is still the army chief the page
 * names (Pakistan's), and he is no rival that would leave it unlinked.
 */
const LOOSE_PHRASES = new Set(['military chief', 'armed forces chief', 'chief of staff']);

/** Role phrases read only right after a state that qualifies them ("Iran's chief of staff"). */
export const STATE_ONLY_PHRASES = new Set(['armed forces chief', 'chief of staff']);

/** An office a KB role title names: its index into `roleKeys`, and whether it holds it loosely (`LOOSE_PHRASES`). */
export interface RoleOfTitle {
  key: number;
  loose: boolean;
}

/** The offices a KB role title names (its first words are one of the phrases). */
export function roleKeysOf(title: string): RoleOfTitle[] {
  const lower = title.toLowerCase();
  const named = (phrase: string) =>
    lower === phrase.toLowerCase() || lower.startsWith(`${phrase.toLowerCase()} `);
  const found: { key: RoleKey; loose: boolean }[] = [];
  for (const key of roleKeys) {
    const phrases = rolePhrases[key].filter(named);
    if (phrases.length > 0) found.push({ key, loose: phrases.every((p) => LOOSE_PHRASES.has(p)) });
  }
  if (found.some((r) => LEADING.has(r.key))) found.push({ key: 'leader', loose: false });
  const keys = new Map<RoleKey, boolean>();
  for (const r of found) keys.set(r.key, (keys.get(r.key) ?? true) && r.loose);
  return [...keys].map(([key, loose]) => ({ key: roleKeys.indexOf(key), loose }));
}
