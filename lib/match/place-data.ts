/**
 * Geography the knowledge base does not record, as data for the event recogniser: places it does
 * not name but news about its events does, and the states of KB places no source locates. Read
 * by minor-places.ts (the phrase readers) and cue-data.ts (where each event took place).
 */
import { wordSet } from './word-list';

/** Names as written (case matters: "fordow" in running text is no place) → the KB entity they lie in. */
export const MINOR_PLACES: Readonly<Record<string, string>> = {
  // Iran's nuclear sites (enrichment at Fordow and Natanz, conversion at Isfahan).
  Fordow: 'iran',
  Fordo: 'iran',
  Natanz: 'iran',
  Isfahan: 'iran',
  Esfahan: 'iran',
  // A White House room where the president hosts guests at table (not the Oval Office, where
  // every visitor is received: it would not tell one meeting from another).
  'Cabinet Room': 'white-house',
  // A town in Punjab, on the road from Lahore to Islamabad.
  Muridke: 'pakistan',
  // London's exhibition centre.
  ExCeL: 'london',
  // "the Strip": how news about Gaza names it again once it has named it.
  Strip: 'gaza',
  // "a security force for the enclave": read in lower case after "the" only (event-phrase-right.ts).
  // Not "the territory", which names Kashmir or Iran's soil as often.
  enclave: 'gaza',
  // Egypt's Red Sea coast (Sharm el-Sheikh, Hurghada); the KB places no event elsewhere on it.
  'Red Sea': 'egypt',
  // The peninsula whose southern tip Sharm el-Sheikh stands on; the KB places no event elsewhere in it.
  Sinai: 'egypt',
};

/**
 * KB places whose state no source in the KB records, so the KB has no located-in link to give
 * it: without it "the summit in Egypt" could not name the Sharm el-Sheikh summit. Geography
 * only; a sourced located-in link in the KB takes precedence (cue-data.ts `stateOf`).
 */
export const PLACE_STATES: Readonly<Record<string, string>> = {
  'sharm-el-sheikh': 'egypt',
  // Federal bodies of the United States, whose officers speak for it ("a call from U.S. Secretary
  // of State Marco Rubio"): the sources name them without saying whose they are. Read for events'
  // phrases only (cue-data.ts `stateOf`).
  'us-state-department': 'united-states',
  pentagon: 'united-states',
  'us-congress': 'united-states',
};

/**
 * Knowledge-base states that share a land border, each pair in alphabetical order: "the two
 * neighbours" may be India and Pakistan, never Iran and Israel (event-score.ts). Geography, not news.
 */
const BORDERS = wordSet(`
  india+pakistan iran+pakistan afghanistan+pakistan china+pakistan china+india afghanistan+iran
  afghanistan+china iran+turkey azerbaijan+iran syria+turkey egypt+israel israel+syria
  israel+palestine egypt+palestine qatar+saudi-arabia oman+saudi-arabia france+spain belgium+france
  azerbaijan+russia china+russia
`);

/** Whether two states (by id) share a land border. */
export const bordering = (a: string, b: string): boolean => BORDERS.has(a < b ? `${a}+${b}` : `${b}+${a}`);
