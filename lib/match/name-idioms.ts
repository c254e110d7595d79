/**
 * Knowledge-base names that are also English words, inside the idioms those words make: "a trump
 * card", "the gulf between them", "bridging the gulf", "a Thanksgiving turkey". In lower case the
 * name's own case rule keeps them unlinked; in a Title Case headline ("A Trump Card Wasted", "The
 * Gulf Between Us", "How to Brine a Thanksgiving Turkey") every word is capitalised, so only the
 * idiom's other word tells the common noun from the name (namesake.ts). The idioms are English,
 * not a page's.
 */
import { wordSet } from './word-list';

/** Each idiom as the name's word and its partner, joined by "_", in the order they are written. */
export const IDIOMS = wordSet(`
  trump_card trump_cards gulf_between bridging_gulf bridge_gulf bridged_gulf widening_gulf
  thanksgiving_turkey christmas_turkey roast_turkey cold_turkey wild_turkey turkey_dinner
  turkey_sandwich turkey_trot turkey_shoot china_shop fine_china bone_china india_ink india_rubber
  india_pale york_minute york_strip york_cheesecake washington_apple washington_apples
`);
