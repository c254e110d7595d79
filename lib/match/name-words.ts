/**
 * Word lists the name rules share: titles and honorifics that may stand before a name (or a
 * state's name before a title: "US President …"), common words that open a sentence, and
 * month and weekday names. General English and South Asian usage, not facts about any entity.
 */
import { wordSet, words } from './word-list';

/**
 * Titles, honorifics and offices, lower case. Before a name they do not make it another name.
 * Only words that stand right before a name: "Air" of "Air Marshal" never does, and "Air India"
 * is an airline.
 */
export const TITLE_WORDS = wordSet(`
  mr mrs ms miss dr prof professor sir dame lord president vice premier pm prime minister ministers
  foreign defence defense interior finance information chief chiefs general gen lt lieutenant maj major
  col colonel brig brigadier admiral marshal field commander secretary senator sen rep
  representative congressman congresswoman governor ambassador envoy special spokesman spokeswoman
  spokesperson adviser advisor king queen prince princess crown emir sheikh shaikh mian syed sayyid
  sardar chaudhry chaudhary hafiz maulana mufti allama begum justice judge speaker former acting deputy
  caretaker director the his her their our chairman chairperson chairwoman staff ayatollah janab hazrat
`);

/**
 * Words written right after a name that do not make it a longer name: South Asian honorifics
 * ("Munir Sahib", "Shehbaz Sharif Sahab"), the slogans "Pakistan Zindabad" ("long live Pakistan")
 * and "Murdabad" ("death to"), a caption's credit ("Shehbaz Sharif Photo: PID"), and courtesy
 * titles, which start the next name and never end one ("In Pakistan Mr Khan had to explain").
 */
export const AFTER_NAME_WORDS = wordSet(`
  sahib sahab saheb ji jee zindabad murdabad photo photos file pic picture image video mr mrs ms dr
`);

/**
 * Words after a state's or person's name that make it a modifier of an office, not part of a
 * longer proper name: "US President …", "Pakistan Foreign Minister …", "Trump Administration".
 */
export const OFFICE_WORDS = wordSet(`
  president vice premier pm prime minister ministers foreign defence defense interior finance
  information secretary ambassador envoy special spokesman spokeswoman spokesperson adviser advisor
  officials official administration government govt cabinet leader leaders chief senator lawmakers
  delegation
`);

/**
 * Lower-case words after a bare surname that make it the family, not the person: "the Trump
 * family's ventures", "the Sharif dynasty", "the Bhutto clan".
 */
export const FAMILY_AFTER_WORDS = wordSet(`
  family families clan clans dynasty dynasties household brothers sisters siblings
`);

/** Lower-case words before a bare surname that make it a relative: "the elder Sharif", "the younger Trump". */
export const KIN_BEFORE_WORDS = wordSet(`elder younger`);

/** Words that often open a sentence in capitals but are not names. */
export const SENTENCE_OPENERS = wordSet(`
  a an the and but or nor so yet as at by for from in into of on to with without after before since
  until while when where whether why how what who whom which if though although because unlike like despite
  during under over between against among amid across through both either neither all some many most
  several few each every other another such this that these those here there then now thus still also
  even only just once meanwhile yesterday today tonight tomorrow earlier later last next first finally
  separately elsewhere instead indeed however moreover furthermore nevertheless nonetheless otherwise
  did does do will would can could should may might must has had have is was are were why not no yes
  watch read update updated breaking live analysis opinion photo video exclusive explainer factbox
  comment reply editorial inside outside within beyond besides beside behind toward towards via around
  near throughout upon onto past per amongst amidst except including regarding following
`);

/**
 * Verbs that open a sentence as a command or an invitation ("Keep Pakistan engaged on Iran",
 * "Consider Pakistan's year", "Ask Pakistan how many …"): ordinary words before a name, never a
 * given name.
 */
const IMPERATIVE_OPENERS = wordSet(`
  consider keep ask expect remember imagine take let tell thank blame trust give look note see
  compare recall forget picture welcome
`);

const MONTHS = words(`
  january february march april may june july august september october november december
`);
/** Month names and their usual short forms, lower case, to their number (1–12). */
export const MONTH_NUMBERS = new Map<string, number>([
  ...MONTHS.map((m, i) => [m, i + 1] as [string, number]),
  ...MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as [string, number]),
  ['sept', 9],
]);
export const WEEKDAYS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Words of place names ("Northern Ireland", "South America"): never ordinary before a name. */
const COMPASS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|new|old)$/;

/**
 * A capitalised word that opens a sentence and is still an ordinary word: a function word, a
 * date, an adverb, or a plural noun ("Days Pakistan and India fought", "Officials said"). Given
 * names rarely look like plurals; compass words begin place names.
 */
export function isOrdinaryOpener(lower: string): boolean {
  if (COMPASS.test(lower)) return false;
  return (
    SENTENCE_OPENERS.has(lower) ||
    IMPERATIVE_OPENERS.has(lower) ||
    MONTH_NUMBERS.has(lower) ||
    WEEKDAYS.has(lower) ||
    (lower.length > 4 && lower.endsWith('ly')) ||
    (lower.length > 3 && /[^s]s$/.test(lower))
  );
}
