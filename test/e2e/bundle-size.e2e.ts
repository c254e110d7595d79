/**
 * The content script is loaded into every page the reader opens, so its size is a budget
 * (README, performance: `content_script_kb_gzip`, target 60 KB gzipped). Measured on the build
 * this run made (global-setup.ts) exactly as the benchmark measures it. The bound is a ratchet
 * just above today's size until #19 brings it under 60: growing past it should be a decision
 * (raise the bound in the same change and say why), not an accident of an import.
 */
import { describe, expect, it } from 'vitest';
import { bundleFigures } from '../../bench/lib/node-figures';
import { extensionDir } from '../../scripts/lib/build';

/**
 * KB gzipped (level 9, as bench/lib/node-figures.ts): 74.7 before 6 December's cut, 67.9 after it,
 * 70.3 once the same session's card prefetch and warm-up and the seventh pass's rules joined it;
 * 71.5 with the next session's fixes for the newcomer's findings (focus back after the claim form,
 * a card that flips on scroll and hides with its name: ~1 KB, kept because they are accessibility
 * and usability fixes) and the eighth pass's rules. Those figures were of a build with Preact's
 * development JSX (Vitest's NODE_ENV, now set to production in scripts/lib/build.ts), 1.3 KB over
 * what ships: the shipped script was 70.4 then. With matching in the background on by default
 * (issue #19: +1.3 KB) and the claim form's styles and a second renaming pass taken out (-0.6 KB)
 * it is 71.0; the bound, 72.5 while the development build measured 71.5, is now 71.5 on the
 * shipped bytes, so the measure's 1.3 KB drop does not loosen it. 71.9 once the same stop's other
 * merges joined it (0.9 KB, kept: a claim marked as the page loads waits for the scan and links
 * its names, a card shown again restarts its click guards, a keyboard-opened card is never hidden,
 * the ninth pass's rules); the bound follows it to 72.0. The tenth pass's event rules (who brokered
 * a happening, a delegation told as a group, more pair nouns and modifiers: +0.37 KB, 71.87 → 72.25)
 * take it to 72.3. The tenth pass's names rules (a role phrase before a name as its epithet, "the
 * U.S. president", capitals read by their sentence: about 0.45 KB) and the stop's review fixes (a
 * card that opens before the count of the reader's claims comes, the dark claim marker's colours,
 * the part-of chip's, a keyboard card above the claim form: about 0.2 KB) make it 72.9; the bound
 * follows to 73.0. The next stop's merges make it 73.44: reading a block of many text nodes in one
 * `textContent` call (lib/dom/block-builder.ts, +0.35 KB, kept: the 1 MB scan 0.84×, the 50 KB
 * page's work 0.70× in A/B), the eleventh and twelfth passes' rules (+0.10 KB), a card opened only
 * by the reader's own pointer and the way back into the claim form from the keyboard (+0.05 KB);
 * the bound follows to 73.5. The next stop's event and name rules and UX fixes (+0.7 KB), the
 * junction test by character codes (+0.13 KB), the rules for lines in capitals (about +1.0 KB) and not
 * reading text the page hides nor obeying events it makes up (lib/dom/style-hidden.ts,
 * reveal-watch.ts: +0.75 KB, a security fix, SECURITY.md) took it to 76.0; the recognisers'
 * `wordSet` word lists (the event phrases' modifiers and nouns, the names' title, office and
 * opener words, the capitals' place, journey and government words: lib/match/word-list.ts) then
 * moved out of the script into the matcher's manifest, which the background sends every page
 * before it matches (-4.6 KB): 71.4, and the bound 71.5. lib/kb/happenings.ts's head nouns are
 * still built in (arrays read as the modules load, not sets filled later). The next stop's
 * fourteenth events pass (event phrases in lines in capitals, "the capital" placing a happening:
 * +0.16 KB), the fix that keeps the card's "Compare your claims about …" line whole at 400 px
 * (+0.15 KB) and the thirteenth names pass (an organisation at the start of a title, mastheads,
 * idioms: +0.2 KB, its idiom list already in the manifest) make it 71.8; the bound follows to 71.9.
 * The next stop's fifteenth events pass (the signing of an event, capitalised prepositions in
 * headlines: +0.06 KB), fourteenth names pass (a capital followed by its state is the city: +0.07
 * KB, the rest of it word lists in the manifest) and the claim-form frame check (a content script
 * answers whether its document shows a claim's form: +0.05 KB, a security fix, SECURITY.md) make
 * it 72.0; the bound follows. The next stop's claims loaded once per page, with a single-page
 * app's new address fetched (+0.12 KB, issue #19), sixteenth events pass (+0.10 KB), fifteenth
 * names pass (+0.035 KB, the rest of it data in the knowledge base) and the claim form's names
 * taken from its own frame (about +0.08 KB, a security fix) make it 72.34, and the second read's
 * fixes (a superseded claims load stops placing; a rule kept from dropping a leader: +0.06 KB)
 * 72.40; the bound follows to 72.4. The next stop's seventeenth events pass (words of an event's
 * names ending its phrase, doubt before a force: +0.17 KB), names pass on organisations and
 * epithets (a short form qualified by another state names nobody: +0.19 KB), the event nested in a
 * protest's or signing's phrase and the gerund rule for nomination verbs (about +0.1 KB), the claim
 * form at 200 % zoom and its frame-checked markSelection answer (+0.09 KB, newcomer fixes) and the
 * import's never-cut-inside-a-code quoting (+0.03 KB) make it 72.97; the bound follows to 73.0.
 * The next stop (72.84 as built then) adds, each branch measured against it: the page telling the
 * side panel when its claims and mentions change instead of being asked every one and three
 * seconds (+0.16 KB, and part of +0.48 with the nineteenth events pass), the namesakes pass (a body
 * "of" a state, sports sides, capitals a service flies to: +0.57 KB), the eighteenth events pass
 * (+0.35 KB), re-anchoring through what a site put inside a quote (about +0.3 KB) and the
 * nineteenth names pass (+0.27 KB): 75.03; the bound follows to 75.1. The fix that keeps a heading's
 * "Reaction from Tehran" the government (a list of words naming what came, not who: +0.13 KB) makes
 * it 75.16; the bound follows to 75.2. The next stop's nineteenth namesakes pass (addresses, "-style"
 * labels, honorific and given name before a surname: +0.20 KB), twentieth names pass (rival holders
 * of an office, commands and short headings as Title Case: +0.21 KB) and twentieth events pass (the
 * constitutional change, Operation Sindoor's cues: about +0.09 KB) make it 75.66; the bound follows
 * to 75.7. The twenty-first events pass ("the two neighbours" as bordering states, demonyms joined
 * by "and" before a head, rounds still to come, a pair after "between": +0.20 KB, its word lists
 * in the manifest) makes it 75.85; the bound follows to 75.9. With the same stop's twenty-first
 * names pass (praise before "field marshal", a legislature's frame for Congress, "written in" a
 * capital: +0.27 KB), the twentieth namesakes pass (capitalised constitutions and armed forces
 * "of" a state: +0.03 KB), the card's status line kept as a live region and saying when a tab was
 * not opened (about +0.1 KB) and the claim form's frame focused as it is drawn (+0.03 KB), 76.31;
 * the bound follows to 76.4. The keys typed while the claim form loads held for it (held-keys.ts,
 * lib/dom/typed-keys.ts, its request) with Tab out of the card closing it (+0.5 KB), the same
 * stop's matcher passes (the twenty-first on namesakes: capitals after post words and compass
 * points, bodies named for where they work, +0.13 KB; the twenty-second on names: praise after a
 * name, 'Strip' after 'the', India's Congress, +0.08 KB; the twenty-second on events: one-sided
 * strikes as Operation Sindoor, +0.23 KB) and the tag parser make it 77.27; the bound follows to 77.3.
 * The page's own matcher then left the script (issue #19's size): pages send every block to the
 * background's matcher, cold or warm (entrypoints/content/remote-matcher.ts), instead of matching
 * for themselves while the worker's matcher is cold, so the recognisers' rules (lib/match/), the
 * window matcher and the recogniser set-up are no longer parsed and compiled on every page:
 * 77.27 → 53.20. The claim form's keyboard kept from the page again (focus-guard2: focus taken
 * back when a page's `focus()` pulls it out of the form; the reader's Tab out carried by the
 * content script over a port the form's frame is handed, in place of attacker-page13's request
 * through the background, which raced it: +0.52 KB) makes it 53.73; the bound follows to 53.8.
 * Keys the page still receives after the form took the held ones, passed on over that port
 * (form-keys: the fresh-clone CI lost a note's first letter), and the side panel's news compared
 * by entity index with the worker's matcher built on the first getMatcher (perf19) make it 53.95;
 * the bound follows to 54.0.
 */
const CONTENT_SCRIPT_BUDGET_KB = 54.0;

describe('content script size', () => {
  it(`stays within ${CONTENT_SCRIPT_BUDGET_KB} KB gzipped`, () => {
    const kb = bundleFigures(extensionDir('chrome')).entrypoints['content-script'];
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_KB);
  });
});
