/** A small, valid knowledge pack for tests; each test breaks one thing and expects it caught. */
import type { Claim, KnowledgePack } from '@/lib/kb/schema';

export const miniText =
  'Field Marshal Asim Munir met the president in Washington on 18 June. Pakistan praised the ceasefire. ' +
  'Some analysts say the lunch signals a shift.';

function claim(
  id: string,
  about: string[],
  quote: string,
  status: Claim['status'] = 'stated-as-fact',
): Claim {
  const start = miniText.indexOf(quote);
  if (start === -1) throw new Error(`test quote not in text: ${quote}`);
  return {
    id,
    about,
    text: `About ${about.join(', ')}`,
    quote,
    source: 'mini-src',
    start,
    end: start + quote.length,
    status,
    attribution: 'Test author',
  };
}

export function miniPack(id = 'mini'): KnowledgePack {
  return {
    format: 'backstory-knowledge-pack',
    formatVersion: 1,
    pack: { id, title: 'Mini pack', version: '1', description: '' },
    sources: [
      {
        id: 'mini-src',
        file: 'mini.txt',
        title: { value: null, evidence: 'not stated' },
        outlet: { value: null, evidence: 'not stated' },
        authors: { value: [], evidence: 'not stated' },
        published: { value: '2025-06-20', evidence: 'on 18 June' },
        kind: { value: 'news report', evidence: 'not stated' },
        url: null,
        text: miniText,
      },
    ],
    entities: [
      {
        id: 'mini-munir',
        kind: 'person',
        label: 'Mini Munir',
        aliases: [
          {
            text: 'Munir',
            caseSensitive: false,
            needsContext: 'surname',
            confusables: ['Munir Akram'],
            origin: 'seed',
          },
        ],
        summary: 'A field marshal who met the president.',
        summaryClaims: ['mini-c1'],
        roles: [
          {
            title: 'Field Marshal',
            organisation: null,
            from: null,
            to: null,
            asOf: '2025-06',
            claims: ['mini-c1'],
          },
        ],
        related: [{ type: 'participated-in', target: 'mini-lunch', claims: ['mini-c1'] }],
        discrepancies: [],
      },
      {
        id: 'mini-pakistan',
        kind: 'state',
        label: 'Mini Pakistan',
        aliases: [
          { text: 'Pakistan', caseSensitive: false, needsContext: null, confusables: [], origin: 'seed' },
        ],
        summary: 'A state that praised the ceasefire.',
        summaryClaims: ['mini-c2'],
        roles: [],
        related: [],
        discrepancies: [],
      },
      {
        id: 'mini-lunch',
        kind: 'event',
        label: 'Mini lunch',
        aliases: [
          {
            text: 'the lunch',
            caseSensitive: false,
            needsContext: 'common-word',
            confusables: [],
            origin: 'seed',
          },
        ],
        summary: 'A meeting in Washington.',
        summaryClaims: ['mini-c3'],
        roles: [],
        related: [],
        discrepancies: [],
        date: { on: '2025-06-18', claims: ['mini-c1'] },
        place: null,
        participants: ['mini-munir'],
      },
    ],
    claims: [
      claim(
        'mini-c1',
        ['mini-munir', 'mini-lunch'],
        'Field Marshal Asim Munir met the president in Washington on 18 June.',
      ),
      claim('mini-c2', ['mini-pakistan'], 'Pakistan praised the ceasefire.'),
      claim('mini-c3', ['mini-lunch'], 'Some analysts say the lunch signals a shift.', 'analysis'),
    ],
  };
}
