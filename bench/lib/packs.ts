/**
 * A generated knowledge pack of `size` aliases (one entity per four names), valid by every
 * integrity rule, for measuring Backstory with large dictionaries through the real import path.
 */
import type { AliasSpec } from '../../lib/match/dictionary';
import type { KnowledgePack } from '../../lib/kb/schema';

export function generatedPack(aliases: readonly AliasSpec[], id: string): KnowledgePack {
  const names = aliases.filter((a) => a.entity >= 100_000).map((a) => a.text);
  const groups: string[][] = [];
  for (let i = 0; i < names.length; i += 4) groups.push(names.slice(i, i + 4));
  let text = '';
  const quotes: { start: number; quote: string }[] = [];
  for (const group of groups) {
    const quote = `${group[0]} is named in this benchmark source.`;
    quotes.push({ start: text.length, quote });
    text += `${quote} `;
  }
  return {
    format: 'backstory-knowledge-pack',
    formatVersion: 1,
    pack: {
      id,
      title: `Benchmark pack (${names.length} aliases)`,
      version: '1',
      description: 'Generated for the benchmark.',
    },
    sources: [
      {
        id: `${id}-source`,
        file: 'bench.txt',
        title: { value: 'Benchmark source', evidence: 'not stated' },
        outlet: { value: null, evidence: 'not stated' },
        authors: { value: [], evidence: 'not stated' },
        published: { value: null, evidence: 'not stated' },
        kind: { value: 'analysis', evidence: 'not stated' },
        url: null,
        text,
      },
    ],
    entities: groups.map((group, i) => ({
      id: `${id}-e${i}`,
      kind: i % 3 === 0 ? 'organisation' : 'person',
      label: group[0]!,
      aliases: group.slice(1).map((name) => ({
        text: name,
        caseSensitive: false,
        needsContext: null,
        confusables: [],
        origin: 'other-outlets' as const,
      })),
      summary: 'A generated benchmark entity.',
      summaryClaims: [`${id}-c${i}`],
      roles: [],
      related: [],
      discrepancies: [],
    })),
    claims: quotes.map(({ start, quote }, i) => ({
      id: `${id}-c${i}`,
      about: [`${id}-e${i}`],
      text: 'Named in the benchmark source.',
      quote,
      source: `${id}-source`,
      start,
      end: start + quote.length,
      status: 'stated-as-fact' as const,
      attribution: 'Benchmark',
    })),
  };
}
