/**
 * The popup's "N mentions on this page" adds up what the page's renderer reports, which may be
 * the attacker's (SECURITY.md, "A compromised renderer"): its counts are numbers it may not
 * choose the words of, and a reply that is no list counts nothing rather than failing the popup.
 */
import { describe, expect, it } from 'vitest';
import { mentionTotal } from '@/lib/extension-pages/tab-page';

describe('the popup’s count of mentions on the page', () => {
  it('adds up the counts of the names the page reports', () => {
    expect(
      mentionTotal([
        { id: 'pakistan', label: 'Pakistan', kind: 'state', count: 3 },
        { id: 'asim-munir', label: 'Asim Munir', kind: 'person', count: 2 },
      ]),
    ).toBe(5);
  });

  it('counts no words a renderer puts in a count, each name once, at least one mention each', () => {
    const total = mentionTotal([
      { id: 'pakistan', kind: 'state', count: ' Your claims are lost: restore them at evil.example' },
      { id: 'pakistan', kind: 'state', count: 4 },
      { id: 'iran', kind: 'state', count: -7 },
      { id: 'india', kind: 'state', count: 1.5 },
      { id: 'Not a slug!', kind: 'state', count: 9 },
      null,
      'iran',
    ]);
    expect(typeof total).toBe('number');
    expect(total).toBe(3);
  });

  it('a reply that is no list counts nothing', () => {
    expect(mentionTotal(undefined)).toBe(0);
    expect(mentionTotal({ length: 3 })).toBe(0);
    expect(mentionTotal('many')).toBe(0);
  });
});
