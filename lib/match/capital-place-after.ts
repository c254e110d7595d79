/**
 * The words right after a capital that make it the city ("an Islamabad hotel", "From Tehran, our
 * correspondent") or its government ("In Washington, officials …"), looked up in Sets. Sets, not
 * alternations: V8 compiled these two patterns to ~30 KB of machine code (issue #19);
 * test/unit/match/capital-place-words.test.ts checks them against the patterns they replace.
 */
import { firstWords, foldAscii, isSpace, isWordChar, wordPrefixIn } from './word-reader';
import { wordSet } from './word-list';

/** Urdu postpositions after the name: "واشنگٹن میں" is "in Washington". */
const URDU_AFTER = ['میں', 'سے', 'پہنچ'];
/**
 * A place noun after the capital (case-sensitive): "an Islamabad hotel", "the Doha strike", "14:20 Tehran time"; and
 * what a city holds or sends, not its government: "the Doha meeting", "the Islamabad show", "our Cairo stringer", "a
 * young Tehran photographer", "old-style Kabul restaurants" (sets Q, R, S, T).
 */
const PLACE_NOUNS = wordSet(
  `office bureau airport airspace residents streets police district city correspondent hotel hotels embassy flight flights strike strikes time restaurants stringer photographer meeting show`,
);
const REPORTERS = new Set(['correspondent', 'correspondents', 'reporter', 'reporters']);
const OUR = new Set(['our', 'a', 'the']);

/** The run of non-space characters at `at`. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/**
 * An institution in the capital, after up to two words that describe it: "a Washington
 * think tank", "an Islamabad accountability court", "a Washington foreign policy institute".
 * Singular nouns only, so a verb ("Washington courts allies") is not read as one.
 */
const INSTITUTIONS = wordSet(
  `tank institute institution university college school academy museum library court tribunal hospital metro`,
);
/** Words that end a describing run: a verb's helpers, articles and joiners ("Islamabad will court …"). */
const NOT_DESCRIBING = wordSet(
  `will would may might must can could should shall to has have had is was are were be did does do and or but the a an its their that which who`,
);

/** Whether an institution (INSTITUTIONS) follows within three lower-case words, none of them NOT_DESCRIBING. */
function institutionAfter(words: readonly string[]): boolean {
  for (const word of words) {
    const bare = /^\p{Ll}[\p{Ll}-]*/u.exec(word)?.[0];
    if (bare === undefined || NOT_DESCRIBING.has(bare)) return false;
    if (INSTITUTIONS.has(bare)) return true;
    if (bare !== word) return false;
  }
  return false;
}

/** After the capital: "-based", " hotel", " think tank", " میں", ", our correspondent" (case as written). */
export function placeAfter(text: string): boolean {
  if (text.startsWith('-based') && !isWordChar(text.charCodeAt(6), false)) return true;
  if (isSpace(text.charCodeAt(0))) {
    const words = firstWords(text, 0, 3);
    const word = words[0] ?? '';
    return (
      URDU_AFTER.some((urdu) => word.startsWith(urdu)) ||
      wordPrefixIn(word, PLACE_NOUNS, false, true) ||
      institutionAfter(words)
    );
  }
  if (text.charCodeAt(0) !== 44 || !isSpace(text.charCodeAt(1))) return false;
  const [our, who] = firstWords(text, 1, 2);
  return our !== undefined && OUR.has(our) && who !== undefined && wordPrefixIn(who, REPORTERS, false, true);
}

/** The people of a government (any case): "officials", "the administration" (one space inside). */
const GOVERNMENT_PEOPLE = wordSet(
  `official officials policymakers policy-makers lawmakers diplomats leaders decision-makers`,
);
const THE_GOVERNMENT = new Set(['government', 'administration']);

/** Whether the people of a government are named at `at`. */
function peopleAt(text: string, at: number): boolean {
  const word = wordAt(text, at);
  if (wordPrefixIn(word, GOVERNMENT_PEOPLE, false)) return true;
  return (
    foldAscii(word, false) === 'the' &&
    text.charCodeAt(at + 3) === 32 &&
    wordPrefixIn(wordAt(text, at + 4), THE_GOVERNMENT, false)
  );
}

/** "In Washington, officials are waiting", "Washington, where lawmakers …": the government's people. */
export function governmentAfter(text: string): boolean {
  let at = text.charCodeAt(0) === 44 ? 1 : 0;
  if (!isSpace(text.charCodeAt(at))) return false;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (peopleAt(text, at)) return true;
  const word = wordAt(text, at);
  if (foldAscii(word, false) !== 'where') return false;
  at += word.length;
  if (!isSpace(text.charCodeAt(at))) return false;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return peopleAt(text, at);
}
