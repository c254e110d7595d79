/**
 * Organisations by their short forms: the State Department's links on a page that names the
 * United States (the knowledge base files the department as part of it), Pakistan's foreign
 * office in any case on a page that names Pakistan, and a short form qualified by another state
 * names that state's body, not the knowledge base's. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('organisation short forms', () => {
  for (const [text, phrase, entity] of [
    [
      'The United States and Pakistan talked; a delegation made its case at Foggy Bottom.',
      'Foggy Bottom',
      'us-state-department',
    ],
    ['Washington pushed back. The American Congress was not consulted.', 'American Congress', 'us-congress'],
    [
      'Pakistan never misses a chance, as the saying in our foreign office goes.',
      'foreign office',
      'pakistan-foreign-office',
    ],
    ['Pakistan signed, and writers in The Diplomat called it a hedge.', 'The Diplomat', 'the-diplomat'],
  ] as const)
    it(`links "${phrase}" to ${entity}`, () => {
      expect(linksOver(text, phrase)).toContain(entity);
    });

  it('links "the Foreign Office of India\'s …" (the state owns what follows, not the office)', () => {
    const text =
      "Pakistan's Foreign Office rejected the claims. A note by the Foreign Office of India's decision followed.";
    expect(linksOver(text, 'Foreign Office', "Foreign Office of India's")).toContain(
      'pakistan-foreign-office',
    );
  });

  for (const [text, phrase, within] of [
    [
      "Pakistan's Foreign Office protested. Iran's Foreign Office said nothing.",
      'Foreign Office',
      "Iran's Foreign Office",
    ],
    ['Pakistan signed. The diplomat said it was a hedge.', 'The diplomat', 'The diplomat said'],
    [
      "Pakistan protested, and Iran's foreign office said nothing.",
      'foreign office',
      "Iran's foreign office",
    ],
    [
      'Pakistan protested. The Indian Foreign Office said nothing.',
      'Foreign Office',
      'Indian Foreign Office',
    ],
    [
      'Pakistan protested. The Foreign Office of India said nothing.',
      'Foreign Office',
      'Foreign Office of India',
    ],
    [
      'The United States and Pakistan talked. The Iranian Department of State objected.',
      'Department of State',
      'Iranian Department of State',
    ],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });
});
