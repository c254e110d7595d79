/** The compare view's fixed words: its columns' names, and what an empty side of a row means. */

/** The columns' names: the header row, and each cell's own label when the columns are stacked. */
export const columnNames = { before: 'Your claims', after: 'What the sources and other sites say' } as const;

/**
 * What an empty side of a row means, in words seen and heard alike (a bare "—" says nothing to
 * a newcomer, and a screen reader reads it as "dash" or skips it).
 */
export const missingText = {
  before: 'None of your claims is like this one.',
  after: 'No source or other site says anything like this.',
} as const;

/**
 * What the words under each pair mean: how alike the wording is (`lib/echo/similarity.ts`), and
 * the three judgements a reader can record. Shown as a legend, not in tooltips: a newcomer, a
 * touch screen and a screen reader all need them.
 */
export const similarityMeaning = [
  ['very close', 'nearly all the same words, in the same order'],
  ['close', 'about half of the words in common, in the same order'],
  ['related', 'a shorter run of words in common'],
] as const;

export const relationMeaning = {
  agree: ['Agree', 'you judge that the two say the same thing'],
  conflict: ['Conflict', 'you judge that they contradict each other'],
  unrelated: ['Unrelated', 'worded alike, but about different things'],
} as const;
