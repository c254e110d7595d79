/**
 * What the import preview says, in plain sentences: what the file holds against the library,
 * what its claims on passages the reader already has would add, and what the import button
 * would do — or, when it would do nothing, that everything in the file is already here (a
 * disabled "Import 0 claims" says nothing, and a primary button that does nothing is a trap).
 */
import { plural } from '../plural';
import type { ImportPreview } from './plan';
import type { SamePassageChoice } from './same-passage';

type Counts = ImportPreview['counts'];

const are = (n: number) => (n === 1 ? 'is' : 'are');

/** The import button's words, or undefined when importing would write nothing. */
export function importAction(
  counts: Counts,
  choice: SamePassageChoice,
  includeSettings: boolean,
): string | undefined {
  // The preview skips; merging would import some of the same passages as claims of their own.
  const own = choice === 'merge' ? counts.samePassageOwn : 0;
  const claims = counts.new + counts.updated + own;
  const merges = choice === 'merge' ? counts.samePassageAdding - own : 0;
  if (claims > 0 && merges > 0) return `Import ${plural(claims, 'claim')} and merge ${merges}`;
  if (claims > 0) return `Import ${plural(claims, 'claim')}`;
  if (merges > 0) return `Merge ${plural(merges, 'claim')} into yours`;
  if (counts.relations > 0) return `Import ${plural(counts.relations, 'relation')}`;
  if (includeSettings) return 'Replace my settings';
  return undefined;
}

/**
 * The words after the preview's count of the file's claims on passages the reader has ("1 on a
 * passage you already have"): a newcomer read "1 already here from another profile" as Backstory
 * having profiles of its own. What "another profile" is, is said once, in `samePassageSentence`.
 */
export function samePassageWords(n: number): string {
  return `on ${n === 1 ? 'a passage' : 'passages'} you already have`;
}

/** Where a copy of the reader's passage came from, in words that say what a profile is. */
const MARKED_ELSEWHERE =
  'the same words on the same page, marked in another browser or in another profile of this browser: each browser profile keeps its own claims';

/**
 * The file's claims on passages the reader has: how many, and how many add something. Undefined
 * when there are none.
 */
export function samePassageSentence(counts: Counts): string | undefined {
  const n = counts.samePassage;
  if (n === 0) return undefined;
  const adding = counts.samePassageAdding;
  const head = `${plural(n, 'claim')} in the file ${are(n)} on ${n === 1 ? 'a passage' : 'passages'} you already have (${MARKED_ELSEWHERE}).`;
  if (adding === 0) return `${head} ${n === 1 ? 'It adds' : 'They add'} nothing to yours.`;
  const adds = `${head} ${adding === n && n > 1 ? 'All of them have' : `${adding} ${adding === 1 ? 'has' : 'have'}`} a note, tags or linked entities yours ${n === 1 ? 'lacks' : 'lack'}.`;
  const own = counts.samePassageOwn;
  return own === 0
    ? adds
    : `${adds} Merging would bring ${own === 1 ? 'one of them' : `${own} of them`} in as ${own === 1 ? 'a claim' : 'claims'} of ${own === 1 ? 'its' : 'their'} own (merged, a note or tags would be too long).`;
}

/**
 * When importing would write nothing: one sentence saying everything in the file is already
 * here, and what differs (older versions, passages with something to add, unreadable items).
 */
export function alreadyHereSentence(name: string, counts: Counts): string {
  const parts: string[] = [];
  if (counts.unchanged > 0) parts.push(`${plural(counts.unchanged, 'claim')} the same as yours`);
  if (counts.samePassage > 0)
    parts.push(
      `${plural(counts.samePassage, 'passage')} you already have, marked in another browser or browser profile`,
    );
  if (counts.kept > 0)
    parts.push(
      `${plural(counts.kept, 'older version')} of claims you have edited since (yours ${counts.kept === 1 ? 'is' : 'are'} kept)`,
    );
  const what = parts.length > 0 ? `: ${joinAnd(parts)}` : '';
  // Copies that carry something yours lack are not "everything already here": nothing is new.
  const here = counts.samePassageAdding > 0 ? 'Nothing in' : 'Everything in';
  const lead =
    counts.invalid > 0
      ? `${here === 'Nothing in' ? 'Nothing Backstory could read in' : 'Everything Backstory could read in'} ${name} is ${here === 'Nothing in' ? 'new to you' : 'already here'}${what}; ${plural(counts.invalid, 'item')} could not be read (listed below).`
      : parts.length === 0
        ? `${name} holds no claims.`
        : `${here} ${name} is ${here === 'Nothing in' ? 'new to you' : 'already here'}${what}.`;
  return counts.samePassageAdding > 0
    ? `${lead} To add the notes, tags or linked entities the other copies have, choose “Merge them into mine”.`
    : lead;
}

/** "a, b and c". */
function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The sentence after an import was written. */
export function importedSentence(counts: Counts, choice: SamePassageChoice): string {
  const extra: string[] = [`${counts.unchanged} unchanged`, `${counts.invalid} skipped as invalid`];
  if (counts.kept > 0) extra.push(`${counts.kept} older than your saved version and skipped`);
  if (counts.changed > 0)
    extra.push(
      `${plural(counts.changed, 'claim')} you edited or deleted while it ran left as you left ${counts.changed === 1 ? 'it' : 'them'} (listed below)`,
    );
  const merged = choice === 'merge' ? counts.samePassageAdding : 0;
  if (counts.samePassage > 0 && choice !== 'merge')
    extra.push(
      `${plural(counts.samePassage, 'passage')} you already had skipped${counts.samePassageAdding > 0 ? `, leaving out the notes or tags ${counts.samePassageAdding} of them had` : ''}`,
    );
  // What was merged comes first when it is all that happened: "Imported 0 new claims and
  // updated 0 claims" read as if the merge had not worked.
  const mergedInto = `${plural(merged, 'claim')} from the file into yours on the same passage`;
  if (merged > 0 && counts.new + counts.updated === 0) return `Merged ${mergedInto} (${extra.join(', ')}).`;
  const also = merged > 0 ? `, and merged ${mergedInto}` : '';
  return `Imported ${plural(counts.new, 'new claim')} and updated ${plural(counts.updated, 'claim')}${also} (${extra.join(', ')}).`;
}
