/**
 * "1 claim", "2 claims": a count with its noun in the right number. English only, like the rest
 * of the interface; pass the plural form for nouns that do not just take an "s".
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}
