import { describe, expect, it } from 'vitest';
import { PageContext } from '@/lib/match/context';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { aliasAt, type AliasSpec } from '@/lib/match/dictionary';

const specs: AliasSpec[] = [
  { text: 'Asim Munir', entity: 0, caseSensitive: false, needsContext: null },
  { text: 'Munir', entity: 0, caseSensitive: false, needsContext: 'surname' },
  { text: 'Pakistan', entity: 1, caseSensitive: false, needsContext: null },
  { text: 'Islamabad', entity: 1, caseSensitive: false, needsContext: 'capital' },
  { text: 'Donald Trump', entity: 2, caseSensitive: false, needsContext: null },
  { text: 'Washington', entity: 3, caseSensitive: false, needsContext: 'capital' },
  { text: 'Shabbir Khan', entity: 4, caseSensitive: false, needsContext: null },
  { text: 'Yasir Khan', entity: 5, caseSensitive: false, needsContext: null },
  { text: 'Khan', entity: 4, caseSensitive: false, needsContext: 'surname' },
  { text: 'Khan', entity: 5, caseSensitive: false, needsContext: 'surname' },
];
const dict = compileDictionary(specs);
const alias = (text: string, entity?: number) =>
  Array.from({ length: dict.aliasStart.length - 1 }, (_, i) => aliasAt(dict, i)).findIndex(
    (a, i) =>
      a === text.toLowerCase() &&
      (entity === undefined || dict.aliasEntities[dict.aliasEntityStart[i]!] === entity),
  );
// Entity 3 (the United States) is supported by entity 2 (Donald Trump); 0 by 1 (Pakistan).
const support = [[1], [0], [3], [2], [], []];

describe('page context', () => {
  it('links a surname only once the page names the person in full', () => {
    const context = new PageContext(dict, support);
    expect(context.decide(alias('Munir'))).toBe(-1);
    context.count(alias('Pakistan'), 1);
    // A related entity does not vouch for a bare surname.
    expect(context.decide(alias('Munir'))).toBe(-1);
    context.count(alias('Asim Munir'), 1);
    expect(context.decide(alias('Munir'))).toBe(0);
    context.count(alias('Asim Munir'), -1);
    expect(context.decide(alias('Munir'))).toBe(-1);
  });

  it('links a capital when the page names its state or something tied to it', () => {
    const context = new PageContext(dict, support);
    expect(context.decide(alias('Washington'))).toBe(-1);
    context.count(alias('Donald Trump'), 1);
    expect(context.decide(alias('Washington'))).toBe(3);
    expect(context.decide(alias('Islamabad'))).toBe(-1);
    context.count(alias('Pakistan'), 1);
    expect(context.decide(alias('Islamabad'))).toBe(1);
  });

  it('reports a change only when an entity is first named on the page or no longer is', () => {
    const context = new PageContext(dict, support);
    expect(context.takeChange()).toBe(false);
    context.count(alias('Asim Munir'), 1);
    expect(context.takeChange()).toBe(true);
    expect(context.takeChange()).toBe(false);
    context.count(alias('Asim Munir'), 1);
    context.count(alias('Asim Munir'), -1);
    // Named twice, then once: still named, nothing to re-decide.
    expect(context.takeChange()).toBe(false);
    context.count(alias('Asim Munir'), -1);
    expect(context.takeChange()).toBe(true);
    context.count(alias('Munir'), 1);
    expect(context.takeChange()).toBe(false);
  });

  it('settles an alias two entities share only when exactly one of them is on the page', () => {
    const context = new PageContext(dict, support);
    const khan = alias('Khan');
    expect(context.isUnconditional(khan)).toBe(false);
    expect(context.decide(khan)).toBe(-1);
    context.count(alias('Shabbir Khan'), 1);
    expect(context.decide(khan)).toBe(4);
    context.count(alias('Yasir Khan'), 1);
    expect(context.decide(khan)).toBe(-1);
  });
});
