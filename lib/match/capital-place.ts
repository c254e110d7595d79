/**
 * When a capital's name is the city and not its government: a dateline ("ISLAMABAD, June 5 —"),
 * a place after a preposition or a motion ("talks in Islamabad", "the route to Islamabad", "flew
 * Kissinger to Beijing"), a place noun after it ("Kabul's airport", "a Tel Aviv hotel"), or a
 * list of cities the knowledge base does not know as capitals ("around Lahore and Islamabad",
 * a masthead's "Islamabad · Lahore · Karachi"). The people of a government ("officials in
 * Washington") and how it is seen ("a standing in Washington") keep the government.
 */
import { governmentAfter, placeAfter } from './capital-place-after';
import {
  governmentBefore,
  journeyBefore,
  placeBefore as placeWordsBefore,
  placeOfCityAfter,
  standingBefore,
} from './capital-place-words';
import type { NormalizedText } from './normalize';
import { foldAscii, lastWords } from './word-reader';
import { wordSet } from './word-list';

/*
 * A capital as a place after "in", "at", "reach", a motion ("flew to", "the route to") or a
 * journey ("flew Henry Kissinger to Beijing"), unless the words before are a government's people
 * ("officials in Washington") or how it is seen ("a standing in Washington"): read from the
 * words before the capital, in capital-place-words.ts.
 */
/**
 * "Tehran–Islamabad flights": the first end of a route between two cities (or the second,
 * ROUTE_BEFORE). A route's ends need no route noun when nothing after them says what passes
 * between two governments: "starting with Islamabad–Paris.", "QR 611 Islamabad–Doha, then …",
 * "Aeroflot Moscow–Tehran Until further notice", while "the Tehran–Tel Aviv truce" goes on in
 * lower case (sets H, J, T). Dashes are hyphens once normalised.
 */
const ROUTE_AFTER =
  /^[-–]\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?(?:\s+(?:flights?|routes?|road|highway|motorway|trains?|bus)\b|[,.;:)]|\s+\d|\s*$)/u;
const ROUTE_BEFORE = /\p{Lu}\p{L}*[-–]$/u;
const ROUTE_NOUN_AFTER =
  /^(?:\s+(?:flights?|routes?|road|highway|motorway|trains?|bus)\b|[,.;:)]|\s+(?:\d|\p{Lu})|\s*$)/u;
/** "the Washington visit", "wraps up Washington leg": a stop on a journey. */
const STOP_AFTER = /^\s+(?:visit|visits|leg|trip|stopover)\b/u;
/** "Hello from Washington", "pictures from Washington", "Good morning from Doha": where a reporter or a camera is. */
// A word list, not an alternation: the content script loads its words from the manifest.
const SCENE_WORDS = wordSet(
  `hello greetings morning afternoon evening pictures images photos photographs footage scenes live passengers travellers travelers residents
  reporting reported dispatches dispatch telephone phone link`,
);
/** Whether the text ends with a scene word and "from" (SCENE_WORDS). */
function sceneFrom(before: string): boolean {
  const read = lastWords(before, 2);
  return (
    read?.words[0] !== undefined &&
    foldAscii(read.words[0], true) === 'from' &&
    SCENE_WORDS.has(foldAscii((read.words[1] ?? '').replace(/^\P{L}+/u, ''), true))
  );
}
/**
 * "Noa Levi, 34, from Tel Aviv", a comment signed "Sana from Islamabad": where a named person is
 * from (a given name and a surname, or one name opening its line).
 */
const PERSON_FROM =
  /(?:(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?:,\s*\d{1,3},)?)\s+from\s+$/u;
/**
 * "Its capital city is Islamabad", "Capital: Islamabad", "Tehran is the capital of Iran": a capital named as the
 * country's capital is the city, whatever the page goes on to say of its government.
 */
const CAPITAL_IS_BEFORE =
  /\bcapital(?:\s+city)?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?(?:\s+(?:is|was|remains)\s+|\s*:\s*)$/iu;
/** "(a) Cairo (b) Sharm el-Sheikh (c) Doha", "b) Paris": a quiz's answer, a place (sets M, O, R). */
const OPTION_BEFORE = /(?:^|\s)\(?[a-dA-D]\)\s*$/u;
const CAPITAL_IS_AFTER =
  /^\s+(?:is|was|remains|became)\s+(?:the|its|their|\p{Lu}\p{L}*'s)\s+(?:(?:new|federal|national|political)\s+)?capital\b/u;
/**
 * "Asad (Islamabad)", "TA-35 (Tel Aviv)", "freelance (Tehran)", "6:00 pm (Paris)": where a reader,
 * writer, market or clock is, in brackets after a word.
 */
const WHERE_BEFORE = /[\p{L}\d][\p{L}\d-]*\s*\(\s*$/u;
const WHERE_AFTER = /^\s*\)/;
/**
 * "Tehran, Iran, on 22 June", "Doha, Qatar —", "Tehran, a city of nine million": a capital with
 * its state or "a city" in apposition is an address, the city. A list of governments goes on
 * ("Washington, Tehran, Riyadh and Doha"), so the name must end the apposition.
 */
const ADDRESS_AFTER =
  /^, (?:(?:a|the) city\b|(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)(?= ?[^\p{L}\s,']|, \p{Ll}|,?$))/u;
/** "ISLAMABAD, June 24 —", "Islamabad, 24 June (Reuters) -", "WASHINGTON —": not "Islamabad, by contrast, …". */
const DATELINE_AFTER = /^\s*(?:,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)|\(|[-—–:])/u;
/**
 * A capital listed with a city that is not a capital the knowledge base knows: "Lahore and
 * Islamabad", "Islamabad, Rawalpindi and Peshawar", or joined to one by a dash or a slash as a
 * route's or a border's other end ("the Islamabad–Rawalpindi area", "Rawalpindi/Islamabad border"). Two capitals together ("Washington and
 * Beijing") are governments, and the caller checks that the other word is not an alias.
 */
const CITY_LIST_BEFORE = /((?:[A-Z][\p{L}.-]*\s+){0,2}[A-Z][\p{L}.-]*)(?:,\s*|\s+(?:and|or|&)\s+|[-/])$/u;
const CITY_LIST_AFTER = /^(?:,\s*|\s+(?:and|or|&)\s+|[-/])([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,2})/u;
/**
 * A masthead or byline list, "Lahore · Islamabad · Karachi", "Shahid Awan · Islamabad ·
 * Published …", "The Ledger — Islamabad · Karachi": the capital stands alone between separators,
 * next to a name that is not a capital.
 */
const DOT_BEFORE = /(?:^|[·•|]\s*)((?:[A-Z][\p{L}.-]*\s+){0,2}[A-Z][\p{L}.-]*)\s*[·•|]\s*$/u;
const DOT_AFTER = /^\s*[·•|]\s*([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,2})\s*(?:[·•|:]|$)/u;
const ALONE_BEFORE = /(?:^|[·•|\n]|\s[-—–])\s*$/;
/**
 * "journalist and author, Islamabad", "1,650 sq ft · Islamabad", "Sector F-5/2, Islamabad.": a
 * capital closing its line after a separator is an address's last field, unless what stands
 * before the separator is a name the KB knows ("Pakistan, India") or its government's people
 * ("— senior official, New Delhi").
 */
const FIELD_BEFORE = /([^\n,·•|]*)[,·•|][ \t]*$/u;
const LINE_END_AFTER = /^\.?[ \t]*(?:\n|$)/;
const ALONE_AFTER = /^\s*(?:[·•|\n]|$)/;
/**
 * "served in Washington and ", "bureaus in Islamabad, New Delhi and ": the names a capital is listed
 * after (up to five), and what stands before the first. After a comma only when the list goes on after the capital ("in
 * Islamabad, New Delhi and Washington"), not "In Washington, Tehran is seen as …".
 */
const COORDINATED = /(?:[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*)?(?:\s+(?:and|or|&)\s+|,\s*)){1,5}$/u;
const LIST_GOES_ON = /^(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}/u;
/** A lower-case word after the capital other than "and"/"or": a clause goes on, not a list. */
const CLAUSE_AFTER = /^\s+(?!(?:and|or)\b)\p{Ll}/u;
/** The capital is its line's only text: a menu item, a byline's place, a table cell. */
const LINE_ALONE_BEFORE = /(?:^|\n)[ \t]*$/;
const LINE_ALONE_AFTER = /^[ \t]*(?:\n|$)/;
/** "from Cairo to Sharm el-Sheikh": one end of a journey or a route between two places. */
const FROM_BEFORE = /(?:^|[^\p{L}])from\s+$/iu;
const TO_PLACE_AFTER = /^\s+to\s+\p{Lu}/u;
/** "raids on Tehran and other cities": the capital as one city among others. */
const OTHER_CITIES_AFTER = /^,?\s+and\s+other\s+(?:cities|towns|places|areas|parts)\b/u;
/** A short line of capitalised words (a menu item, a byline) just before or after the capital's own line. */
const LINE_BEFORE = /(?:^|\n)[ \t]*((?:[A-Z][\p{L}.-]*[ \t]+){0,2}[A-Z][\p{L}.-]*)[ \t]*\n\s*$/u;
const LINE_AFTER = /^\s*\n[ \t]*([A-Z][\p{L}.-]*(?:[ \t]+[A-Z][\p{L}.-]*){0,2})[ \t]*(?:\n|$)/u;

/**
 * A sentence that opens "In Islamabad it was read as a reward" or "In New Delhi and Tel Aviv,
 * nobody believes that" sets the scene for what a government or public thinks: the government.
 * Two capitals side by side are governments (as in a list), and a clause straight after one
 * capital ("it", "nobody") is what it thinks. "In Kabul, where …" and "In Islamabad, the
 * police …" stay the city.
 */
const OPENING_IN = /(?:^|[.!?…]["”’)]?\s+|\n\s*)In\s+$/u;
const OPENING_IN_PAIR =
  /(?:^|[.!?…]["”’)]?\s+|\n\s*)In\s+((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)\s+(?:and|or)\s+$/u;
const PAIR_AFTER = /^\s+(?:and|or)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*),/u;
/**
 * After the capital, what its government or public thinks ("it", "nobody") or, after a comma, a
 * government that speaks or acts: "In Washington, Secretary of State Marco Rubio says …", "In New
 * Delhi, the foreign ministry repeats …", "In Riyadh, which co-chaired …" (sets G, I, J, K, L, M, N).
 * "In Kabul, where …" and "In Islamabad, the police …" stay the city.
 */
const THINKING_AFTER =
  /^(?:\s+(?:it|they|there|nobody|everyone|few|many|some|most)|,\s+(?:which|President|Secretary|the\s+(?:foreign|external|reaction)))\b/u;

/** Whether a capital opening a sentence after "In" stands for what its government or public thinks. */
function openingScene(before: string, after: string, isKnownName?: IsKnownName): boolean {
  if (OPENING_IN.test(before)) {
    if (THINKING_AFTER.test(after)) return true;
    const other = PAIR_AFTER.exec(after)?.[1];
    return other !== undefined && isKnownName !== undefined && namePieces(other, false).some(isKnownName);
  }
  const first = OPENING_IN_PAIR.exec(before)?.[1];
  return (
    first !== undefined &&
    isKnownName !== undefined &&
    namePieces(first, true).some(isKnownName) &&
    (/^\s*,/.test(after) || THINKING_AFTER.test(after))
  );
}

/** The last (or first) one, two and three words of a run of names. */
function namePieces(run: string, fromEnd: boolean): string[] {
  const words = run.split(/\s+/);
  return words.map((_, i) => (fromEnd ? words.slice(words.length - 1 - i) : words.slice(0, i + 1)).join(' '));
}

/** Whether a word names a state or a capital the knowledge base knows (a capital listed with it is a government). */
export type IsKnownName = (word: string) => boolean;

/**
 * Whether a capital ("Washington", "Islamabad") is read as the city rather than the government:
 * a dateline, a place after "in"/"to"/"reach", listed with a city the KB does not know.
 */
export function readsAsPlace(
  text: NormalizedText,
  m: { start: number; end: number },
  isKnownName?: IsKnownName,
): boolean {
  const written = text.text.slice(m.start, m.end);
  // Wide enough for a list of five names before the capital (COORDINATED).
  const before = text.text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.text.slice(m.end, m.end + 40);
  const lineStart = m.start === 0 || /[\n\r]\s*$/.test(before);
  if ((lineStart || /[·•|]\s*$/.test(before)) && DATELINE_AFTER.test(after)) return true;
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return lineStart;
  if (placeOfCityAfter(after)) return true;
  const address = ADDRESS_AFTER.exec(after);
  if (address && (!address[1] || isKnownName?.(address[1]))) return true;
  // "In Washington's telling" is the government speaking, preposition or not.
  if (/^'s\b/.test(after)) return false;
  if (placeAfter(after) || ROUTE_AFTER.test(after) || OTHER_CITIES_AFTER.test(after)) return true;
  if ((ROUTE_BEFORE.test(before) && ROUTE_NOUN_AFTER.test(after)) || STOP_AFTER.test(after)) return true;
  if (
    sceneFrom(before) ||
    personFrom(before, isKnownName) ||
    CAPITAL_IS_BEFORE.test(before) ||
    CAPITAL_IS_AFTER.test(after) ||
    OPTION_BEFORE.test(before)
  )
    return true;
  if (LINE_ALONE_BEFORE.test(before) && LINE_ALONE_AFTER.test(after)) return true;
  if (WHERE_BEFORE.test(before) && WHERE_AFTER.test(after)) return true;
  if (openingScene(before, after, isKnownName)) return false;
  // "a near-pariah in Washington and General Asim Munir": a government seen or spoken of is no
  // city in a list of names.
  const near = before.slice(-40);
  if (governmentBefore(near) || standingBefore(near)) return false;
  // The words before `end` make a place (a journey may have its traveller and start in between).
  const placeBefore = (end: number) => {
    const b = text.text.slice(Math.max(0, end - 40), end);
    return (
      (placeWordsBefore(b) || journeyBefore(text.text.slice(Math.max(0, end - 80), end))) &&
      !governmentBefore(b) &&
      !standingBefore(b)
    );
  };
  if (placeBefore(m.start) && !governmentAfter(after)) return true;
  if (FROM_BEFORE.test(before) && TO_PLACE_AFTER.test(after) && !governmentBefore(before)) return true;
  // "served in Washington and Tehran", "filmed in Karachi, Islamabad, Washington and London": a
  // capital listed shares the preposition before the list's first name.
  const coordinated = COORDINATED.exec(before);
  const byComma = coordinated !== null && /,\s*$/.test(coordinated[0]);
  if (
    coordinated &&
    (!byComma || LIST_GOES_ON.test(after)) &&
    placeBefore(m.start - before.length + coordinated.index) &&
    !governmentAfter(after)
  )
    return true;
  if (isKnownName) {
    const listing = CITY_LIST_BEFORE.exec(before);
    // After a comma, a verb ("into Gaza, Washington will owe him") starts a clause, not a list.
    const listedBefore =
      listing && !(/,\s*$/.test(listing[0]) && CLAUSE_AFTER.test(after)) ? listing[1] : undefined;
    const listedAfter = CITY_LIST_AFTER.exec(after)?.[1];
    const others = listedBefore
      ? namePieces(listedBefore, true)
      : listedAfter
        ? namePieces(listedAfter, false)
        : [];
    if (others.length > 0 && !others.some(isKnownName)) return true;
    const field = LINE_END_AFTER.test(after) && FIELD_BEFORE.exec(before)?.[1]?.trim();
    if (field && !/officials?$/i.test(field) && !namePieces(field, true).some(isKnownName)) return true;
    // Standing alone between separators (or a line's ends), next to a listed name.
    if (ALONE_BEFORE.test(before) && ALONE_AFTER.test(after)) {
      const neighbour = DOT_BEFORE.exec(before)?.[1] ?? DOT_AFTER.exec(after)?.[1];
      if (neighbour && !namePieces(neighbour, true).some(isKnownName)) return true;
      // A menu or byline of one item a line: "Pakistan / Islamabad / Karachi / World".
      const lines = [LINE_BEFORE.exec(before)?.[1], LINE_AFTER.exec(after)?.[1]];
      if (lines.some((line) => line && !namePieces(line, true).some(isKnownName))) return true;
    }
  }
  return false;
}

/**
 * A word opening a line before "from" that names what came, not who: "Reaction from Tehran",
 * "Word from Washington", "Dispatch from Doha" (a heading over what a government said). Given
 * names rarely end like abstract nouns.
 */
const WHAT_CAME_SUFFIX = /^\p{L}+(?:tion|sion|ment|ness|ity|ance|ence|ship|ing|ism)$/iu;
// A word list, not an alternation: the content script loads its words from the manifest.
const WHAT_CAME = wordSet(
  `news word report reports letter letters message view views voices dispatch notes postcard update updates reply response analysis comment comments statement signals`,
);

/** Whether a person named with no KB name in it comes right before "from" (PERSON_FROM). */
function personFrom(before: string, isKnownName?: IsKnownName): boolean {
  const person = PERSON_FROM.exec(before);
  const what = person?.[1];
  if (what !== undefined && (WHAT_CAME.has(foldAscii(what, true)) || WHAT_CAME_SUFFIX.test(what)))
    return false;
  const name = person?.[1] ?? person?.[2];
  return name !== undefined && !(isKnownName && namePieces(name, true).some(isKnownName));
}
