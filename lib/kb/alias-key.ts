/**
 * The comparison key for aliases: Unicode compatibility folding, typographic apostrophes and
 * dashes made plain, whitespace collapsed, case folded. Two aliases with the same key would
 * match the same text, so they may not belong to two entities without a rule.
 */
export function foldAlias(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
}
