/**
 * What right after a knowledge-base name makes it part of another name, where the run rule
 * (namesake.ts) sees no capitalised word to go on:
 *
 * - a small number: a state or a city does not take one, but channels, indices, brands and a
 *   side's score do ("France 24", "the Tel Aviv 35", "Bharat 24x7", "Pakistan 146 all out").
 *   A year ("Pakistan 2031" bonds, "Gaza 2025"), a version ("Trump 2.0"), a clock's time and a
 *   date ("Islamabad 24 June", a dateline) are left to the other rules;
 * - one or two capitalised words and then "shares" or "stock": a listed company ("TRUMP MEDIA
 *   SHARES RISE", "Gulf Keystone shares rebounded"), in capitals as in prose;
 * - a market's word for a grade of oil or a currency: "Oman crude", "Pakistan rupee", "Pak rupee"
 *   (a benchmark and a currency, as "Iran Standard Time" is a time zone);
 * - a lower-case Arabic particle before another capitalised name: "Sharif ul Haq", "Munir ud
 *   Din", "Khan bin Salman" are given names of other people, as "al-Sharif" before one is
 *   (namesake.ts);
 * - a brand or a manner named for it: "Trump-branded towers", "Trump-inspired fittings",
 *   "Tehran-style kebab" speak of a label, not of the person or the government (a place's
 *   style is the place's: "Gaza-style salad");
 * - a child's age and home town, as a reader's comment is signed ("India, 9, Glasgow", "Israel,
 *   14, London"): a state has no age;
 * - a surname's particle, then the surname: "India de Boer", "Israel van Dijk" are people named for
 *   a state, whose first name the run rule cannot see.
 */
import { FLAG_EVENT, FLAG_PERSON, FLAG_STATE } from './dictionary';
import { MONTH_NUMBERS } from './name-words';
import type { NormalizedText } from './normalize';

/** One to three digits, perhaps with letters glued on ("24x7"), then not a decimal, a clock or a range of years. */
const NUMBER_AFTER = /^ (\d{1,3})(?!\d)(?:[a-z]+\d*)?(?![.,:/]\d)(?: +(\p{L}+))?/u;
/** "ul Haq", "ud-Din", "bin Salman": a particle of Arabic names, then the next name. */
const PARTICLE_AFTER = /^[ -](?:ul|ud|us|ur|un|uz|al|el|bin|ibn|bint)[ -]\p{Lu}/u;

const LABEL_AFTER = /^-(?:branded|inspired|style|themed)\b/i;

/** " de Boer", " van Dijk": a surname's particle, then the surname. */
const SURNAME_AFTER = /^ (?:de|van|von|da|di|du|del|della|dos|le|la) \p{Lu}\p{Ll}/u;

/** ", 9, Glasgow" closing its line: a signature's age and town. */
const AGE_AFTER = /^, \d{1,2}, \p{Lu}[\p{L} ]*$/mu;

/** "Media shares", "KEYSTONE SHARES": the rest of a company's name, then its shares. */
const LISTED_AFTER =
  /^ \p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*)? (?:shares|SHARES|Shares|stocks?|STOCKS?|Stocks?)\b/u;

/** "crude", "rupee": a grade of oil or a currency named for the state. */
const MARKET_AFTER = /^ (?:crude|rupee|rupees|rial|rials|riyal|riyals|dinar|dinars|shekel|shekels|lira)\b/;

/** Whether what follows the match at `start`–`end` makes it part of another name. */
export function tailMakesOtherName(text: NormalizedText, end: number, flags: number): boolean {
  if (LISTED_AFTER.test(text.text.slice(end, end + 48))) return true;
  const after = text.text.slice(end, end + 24);
  // A place's style is the place's ("Gaza-style salad").
  if (flags & (FLAG_PERSON | FLAG_STATE) && LABEL_AFTER.test(after)) return true;
  if (flags & FLAG_PERSON) return PARTICLE_AFTER.test(after);
  if (flags & FLAG_EVENT) return false;
  // A region's grade is the region's ("Gulf crude"): only a state names a benchmark or a currency.
  if (flags & FLAG_STATE && (MARKET_AFTER.test(after) || AGE_AFTER.test(after) || SURNAME_AFTER.test(after)))
    return true;
  const number = NUMBER_AFTER.exec(after);
  // "Islamabad 24 June": a date, as a dateline writes it.
  return number !== null && !(number[2] !== undefined && MONTH_NUMBERS.has(number[2].toLowerCase()));
}
