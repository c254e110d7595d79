/**
 * "1 claim", "2 claims": a count with its noun in the right number. English only, like the rest
 * of the interface; pass the plural form for nouns that do not just take an "s".
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${grouped(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * "1,234": a whole number grouped by thousands as English writes it, without `Intl`. The first use
 * of `Intl` (or `toLocaleString`) in a page's isolated world loads the locale's data, which made a
 * card's first render 70 ms slower (bench/hover-profile.ts); counts are whole numbers, and anything
 * else still goes through `Intl`.
 */
export function grouped(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
