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
