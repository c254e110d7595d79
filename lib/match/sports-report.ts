/**
 * A state's name in sports reporting is its team, not its government: "Spinners put Pakistan on
 * top in Lahore Test", "Hockey: Pakistan 3 Malaysia 3", "India won by 5 wkts", "Pakistan
 * fast bowler Haris Rauf". The evidence is the words of sport around the name
 * (sports-words.ts, found by the trie with the names) and the shapes only sport writes: a score,
 * a result, a section labelled with a sport, a player's role right after the name.
 */
import { MONTH_NUMBERS } from './name-words';
import type { NormalizedText } from './normalize';
import { isWordCode } from './words';
import { wordSet } from './word-list';

/** How far (in characters) words of sport count towards a name. */
const SPORTS_NEAR = 300;

/** A score right after the name: "Pakistan 3 Malaysia 3", "Pakistan piled up 299 for five". */
const SCORE_AFTER =
  /^ +(?:\d+\b|(?:were|are|piled up|made|posted|reached|finished|trail(?:ed)?|led|lead|won|lost|beat|drew|slumped|collapsed|declared)\b[^.]{0,24}\d+ for \w+)/;
/** A result only a match has, sport words or not: "India won by 5 wickets", "… by 7 wkts", "by 42 runs". */
const RESULT_AFTER = /^ +(?:won|lost) by \d+ (?:wickets?|wkts?|runs?|goals?)\b/;
/**
 * A player's role right after the name, then the player: "Pakistan fast bowler Haris Rauf",
 * "India captain Suryakumar Yadav". Not "team" or "squad", which a state's own side can be.
 */
const PLAYER_AFTER =
  /^ +(?:\p{Ll}+ +)?(?:bowler|batsman|batter|spinner|pacer|seamer|all-rounder|captain|skipper|opener|wicketkeeper|goalkeeper|striker|midfielder|defender) +\p{Lu}/u;
/**
 * A team's own nouns right after the name: "Pakistan squad named", "the next Pakistan coach",
 * "the Ireland women's cricket squad". Not a bare "team" or "side", which a government's
 * delegation is too ("the US side presented an outline"); "the Iran national football team" was
 * tried and cost the war its sentence names ("… suspended during the war with Israel").
 */
const TEAM_AFTER = /^ +(?:squad|coach|(?:women|men)'s)\b/iu;
/**
 * Words sport shares with politics ("its goals in Gaza", "who runs Pakistan"): they weigh fully
 * only in sport's own shape, after a count ("105 runs", "two goals", "the winning goal"), and
 * half otherwise. "Stadium" and "medals" stay full words of sport: sports pages lean on them.
 */
const SHARED_WORDS = new Set(['goal', 'goals', 'runs']);
const COUNTS_BEFORE = wordSet(
  `one two three four five six seven eight nine ten eleven twelve winning own penalty first second`,
);

/** How much the word of sport at `where`, of weight `weight`, counts. */
function weightAt(s: string, where: number, weight: number): number {
  let end = where;
  while (end < s.length && end - where < 8 && isWordCode(s.charCodeAt(end))) end++;
  if (!SHARED_WORDS.has(s.slice(where, end).toLowerCase())) return weight;
  let k = where;
  while (k > 0 && s.charCodeAt(k - 1) === 0x20) k--;
  let begin = k;
  while (begin > 0 && isWordCode(s.charCodeAt(begin - 1))) begin--;
  const before = s.slice(begin, k).toLowerCase();
  return /^\d/.test(before) || COUNTS_BEFORE.has(before) ? weight : weight / 2;
}

/** A sport labelling its line, and the side named right after: "Hockey: Pakistan to tour Oman". */
const SECTION_LABEL = /^\p{L}+ ?: +$/u;

/**
 * Whether sports reporting surrounds the name at `start`–`end`, given where words of sport stand
 * in the text and how much each weighs: `sports` is `[position, weight, …]`.
 */
export function inSportsReport(
  text: NormalizedText,
  sports: readonly number[],
  start: number,
  end: number,
): boolean {
  const s = text.text;
  const after = s.slice(end, end + 60);
  if (RESULT_AFTER.test(after) || PLAYER_AFTER.test(after) || TEAM_AFTER.test(after)) return true;
  let weight = 0;
  for (let k = 0; k < sports.length; k += 2) {
    const where = sports[k]!;
    if (where < start - SPORTS_NEAR || where > start + SPORTS_NEAR) continue;
    // "Hockey: Pakistan …" labels the side named first.
    if (sectionLabelFor(s, where, start)) return true;
    weight += weightAt(s, where, sports[k + 1]!);
  }
  if (weight >= 4) return true;
  return weight >= 1 && SCORE_AFTER.test(after);
}

/**
 * Whether the word of sport at `where` opens a line as its label and the name at `start` follows
 * it directly: "Hockey: Pakistan to tour Oman" names Pakistan's team, and Oman as a place.
 */
function sectionLabelFor(s: string, where: number, start: number): boolean {
  if (where >= start || start - where > 14 || (where > 0 && s.charCodeAt(where - 1) !== 0x0a)) return false;
  return SECTION_LABEL.test(s.slice(where, start));
}

/** What stands between two sides of a match: "India beat Pakistan", "Oman v Qatar", "India vs Pakistan". */
const FACING = /^ +(?:beat|beats|defeated|thrashed|edged|v|v\.|vs|vs\.|versus|drew with|lost to) +$/;

/**
 * Whether the text between two states' names (`end` of the first, `start` of the second) sets
 * them against each other as sides of a match: states at war are not written "India v Pakistan"
 * or "India beat Pakistan by six wickets", so both are teams.
 */
export function facingSides(text: string, end: number, start: number): boolean {
  return start - end <= 12 && FACING.test(text.slice(end, start));
}

/** "Malaysia v China", "India 4–1 China": a fixture's "v" or a score, then a side. */
const SIDE_AFTER = /^ +(?:v|\d{1,2} ?[–-] ?\d{1,2}) +(\p{Lu}[\p{L}.]*)/u;
/** A side, then a fixture's "v" or a score, right before the name. */
const SIDE_BEFORE = /(\p{Lu}[\p{L}.]*),? +(?:v|\d{1,2} ?[–-] ?\d{1,2}) +$/u;
/** A side that is a month makes the numbers dates: "the June 21–22 US attacks". */
const isSide = (word: string | undefined) => word !== undefined && !MONTH_NUMBERS.has(word.toLowerCase());

/**
 * Whether a fixture's "v" or a match score joins the state's name at `start`–`end` to another
 * side, known to the knowledge base or not ("Oman v Bangladesh", "Pakistan 2–1 Qatar"): no one
 * writes states at war so, while "versus" and "vs" are left to `facingSides`, which also asks
 * that the other side be a state.
 */
export function facingAnySide(text: string, start: number, end: number): boolean {
  return (
    isSide(SIDE_AFTER.exec(text.slice(end, end + 30))?.[1]) ||
    isSide(SIDE_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1])
  );
}

/**
 * A verb in the plural right after the name: British and South Asian sports writing treats a side
 * as a plural ("Pakistan lose their last six wickets", "India need 147", "Oman and Indonesia fall
 * short"), a state's government as one ("Pakistan says"). Only where the name opens its clause,
 * since a question or a modal takes the bare verb after any subject ("did Pakistan lose", "will
 * India play"), and "that" a subjunctive ("demanded that Iran halt").
 */
const PLURAL_VERB_AFTER =
  /^ +(?:are|were|lose|need|celebrate|play|keep|sack|name|fall|lift|book|face|win|host|tour|trail|bat|bowl|chase|reach|finish|clinch|seal|thrash|wonder|slump|collapse|crash|cruise|romp)\b/;
const CLAUSE_OPENS_BEFORE = /(?:^|[\n.:;!?]\s*|[^\p{L}](?:as|while|when|if|but|after|before|until)\s+)$/iu;

/** Whether the name at `start`–`end` opens its clause with a verb in the plural: a side. */
export function pluralSide(text: string, start: number, end: number): boolean {
  return (
    PLURAL_VERB_AFTER.test(text.slice(end, end + 14)) &&
    CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}
