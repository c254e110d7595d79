/**
 * Generated benchmark workloads: alias dictionaries of a given size (the seed KB's aliases plus
 * made-up names that look like names) and news-like text that mentions some of them.
 */
import type { AliasSpec } from '../../lib/match/dictionary';
import { aliasSpecsFromEntities } from '../../lib/match/from-kb';
import { validatePack } from '../../lib/kb/validate-pack';
import { readSeedPack } from '../../scripts/lib/seed-pack';
import { pick, seededRandom } from '../../scripts/lib/random';

const syllables = [
  'al',
  'an',
  'ar',
  'ba',
  'bel',
  'da',
  'den',
  'el',
  'fa',
  'gar',
  'ha',
  'ir',
  'ka',
  'kel',
  'lan',
  'ma',
  'mir',
  'na',
  'nor',
  'or',
  'pa',
  'ra',
  'ren',
  'sa',
  'sel',
  'ta',
  'tor',
  'ul',
  'va',
  'zan',
];
const nouns = [
  'Institute',
  'Council',
  'Ministry',
  'Agency',
  'Front',
  'Party',
  'Bank',
  'Forum',
  'Corps',
  'Authority',
];
const fillers =
  'the of and to in a that for on with as was said by officials government minister talks security region week after before would could new report analysts statement president military economic foreign policy'.split(
    ' ',
  );

function word(random: () => number): string {
  const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, syllables)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
}

/**
 * The seed knowledge base's names (the matcher's input without the recognisers' cue words:
 * demonyms, head nouns and office phrases are not names to scatter through a workload).
 */
export function seedAliases(): AliasSpec[] {
  const result = validatePack(readSeedPack().pack);
  if (!result.ok) throw new Error('seed KB invalid');
  return aliasSpecsFromEntities(result.pack.entities).aliases.filter(
    (a) => a.role !== 'demonym' && a.role !== 'head' && a.role !== 'title' && a.role !== 'city',
  );
}

/** `size` aliases: the seed KB's, then generated person and organisation names. */
export function dictionaryOfSize(size: number, seed = 1): AliasSpec[] {
  const random = seededRandom(seed);
  const aliases = seedAliases().slice(0, size);
  const seen = new Set(aliases.map((a) => a.text.toLowerCase()));
  let entity = 100_000;
  while (aliases.length < size) {
    const kind = random();
    const text =
      kind < 0.5
        ? `${word(random)} ${word(random)}`
        : kind < 0.8
          ? `${word(random)} ${pick(random, nouns)} of ${word(random)}`
          : `${word(random)} ${word(random)} ${word(random)}`;
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    aliases.push({ text, entity: entity++, caseSensitive: false, needsContext: null });
  }
  return aliases;
}

/**
 * News-like text of about `bytes` characters; roughly one word in `every` starts a mention.
 * Typographic punctuation appears as often as in edited news copy (curly apostrophes and
 * quotes, em dashes, the odd ellipsis), because normalising it is part of the real cost.
 */
export function newsText(bytes: number, aliases: readonly AliasSpec[], seed = 7, every = 25): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentence: string[] = [];
    const words = 12 + Math.floor(random() * 14);
    for (let i = 0; i < words; i++) {
      const roll = random();
      let next =
        roll < 1 / every
          ? pick(random, aliases).text
          : random() < 0.08
            ? word(random)
            : pick(random, fillers);
      if (roll < 1 / every && random() < 0.2) next += '\u2019s';
      else if (random() < 0.01) next += ' \u2014';
      sentence.push(next);
    }
    let text = sentence.join(' ');
    const quoted = random();
    if (quoted < 0.15) text = `\u201c${text},\u201d ${pick(random, fillers)} said`;
    else if (quoted < 0.17) text += '\u2026';
    text = `${text}. `;
    parts.push(text[0]!.toUpperCase() + text.slice(1));
    length += text.length;
  }
  return parts.join('').slice(0, bytes);
}
