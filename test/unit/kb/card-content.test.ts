/**
 * What the card shows first: claims about the entity before claims that only mention it,
 * claims about a source's wording kept apart, one role line, sources named as readers know them,
 * and the timeline in date order with precision.
 */
import { describe, expect, it, vi } from 'vitest';
import { byEventDate, roleLine, sourceRefOf, type CardClaim, type EventRef } from '@/lib/kb/card';
import { arrangeClaims, firstNamed, isWordingClaim } from '@/lib/kb/rank';
import { nameSource, sourceHeading, sourceLabel } from '@/lib/kb/source-name';
import { validatePack } from '@/lib/kb/validate-pack';
import { grouped, plural } from '@/lib/plural';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const seed = validatePack(readSeedPack().pack);
if (!seed.ok) throw new Error('The seed knowledge base is invalid');
const { pack } = seed;
const SEED = { id: 'seed', title: 'Backstory seed', builtin: true };
const sources = new Map(pack.sources.map((s) => [s.id, sourceRefOf(s)]));
const cardFor = (id: string) => {
  const entity = pack.entities.find((e) => e.id === id)!;
  const claims: CardClaim[] = pack.claims
    .filter((c) => c.about.includes(id))
    .map((c) => ({ ...c, sourceRef: sources.get(c.source)!, pack: SEED }));
  return { entity, ...arrangeClaims(entity, claims) };
};

describe('ranking a card’s claims', () => {
  it('leads with claims about the entity, not ones that name it in passing', () => {
    const iran = cardFor('iran');
    // The example: Iran's first claim was about Balochistan, naming Iran in passing.
    expect(iran.claims[0]!.id).not.toBe('s001-balochistan-terrorist-groups');
    for (const claim of iran.claims.slice(0, 2))
      expect(claim.about[0] === 'iran' || firstNamed(iran.entity, claim.text) <= 12).toBe(true);
  });

  it('keeps claims about a source’s wording out of the first claims, for “Where the sources differ”', () => {
    const trump = cardFor('donald-trump');
    const wording = trump.wording.map((c) => c.id);
    expect(wording).toEqual(
      expect.arrayContaining(['s002-trump-former-president', 's002-munir-trump-lunch']),
    );
    expect(trump.claims.map((c) => c.id)).not.toContain('s002-trump-former-president');
    const munir = cardFor('asim-munir');
    // The "President Trum … Whitehous" spelling is wording wherever it appears.
    expect(munir.wording.map((c) => c.id)).toContain('s002-munir-trump-lunch');
    expect(munir.claims.slice(0, 2).map((c) => c.id)).toEqual([
      's001-munir-private-lunch',
      's001-munir-most-powerful-figure',
    ]);
  });

  it('does not take an opinion about a place for a title', () => {
    const gaza = pack.entities.find((e) => e.id === 'gaza')!;
    const claim = pack.claims.find((c) => c.id === 's004-gaza-strategic-arena')!;
    expect(isWordingClaim(gaza, claim)).toBe(false);
  });

  it('loses no claim and orders them the same on every load', () => {
    const all = pack.claims.filter((c) => c.about.includes('pakistan'));
    const once = cardFor('pakistan');
    expect(once.claims.length + once.wording.length).toBe(all.length);
    expect(cardFor('pakistan').claims.map((c) => c.id)).toEqual(once.claims.map((c) => c.id));
  });
});

describe('the role line', () => {
  it('names the organisation once', () => {
    expect(roleLine({ title: 'Prime Minister of Pakistan', organisationLabel: 'Pakistan' })).toEqual([
      'Prime Minister of Pakistan',
    ]);
    expect(roleLine({ title: 'Chief of Army Staff', organisationLabel: 'Pakistan Army' })).toEqual([
      'Chief of Army Staff',
      'Pakistan Army',
    ]);
    expect(roleLine({ title: 'Field Marshal', organisationLabel: null })).toEqual(['Field Marshal']);
  });
});

describe('naming sources as readers know them', () => {
  const label = (id: string) => sourceLabel(sources.get(id)!);
  it('uses outlet, headline, kind, authors and date, never the file', () => {
    expect(label('seed-000')).toBe(
      '“US quietly pushing Pakistan and Israel together” — analysis by Imran Khurshid, undated',
    );
    expect(label('seed-001')).toBe(
      'Middle East Institute — analysis by Marvin G. Weinbaum, Naade Ali, undated',
    );
    // Where the outlet is unknown, it says what is known.
    expect(label('seed-002')).toBe('News report, unsigned, 21 June 2025');
    expect(label('seed-003')).toBe('Moneycontrol — news report, unsigned, undated');
    expect(label('seed-004')).toBe('Opinion article, unsigned, undated');
    for (const source of pack.sources) expect(label(source.id)).not.toContain(source.file);
  });

  it('gives each source a heading for its own page', () => {
    expect(sourceHeading(sources.get('seed-002')!)).toBe('Unsigned news report, 21 June 2025');
    expect(sourceHeading(sources.get('seed-001')!)).toBe('Middle East Institute analysis');
    expect(nameSource({ ...sources.get('seed-002')!, outlet: 'Dawn' }).name).toBe('Dawn');
  });
});

describe('the timeline', () => {
  const event = (id: string, on: string): EventRef => ({
    id,
    label: id,
    kind: 'event',
    date: { on, claims: ['c'] },
  });
  it('puts a year or month without a day after the dated events it spans, undated last', () => {
    const events = [
      event('year', '2025'),
      { ...event('undated', '2025'), date: { undated: true as const, reason: 'r' } },
      event('june', '2025-06'),
      event('june-21', '2025-06-21'),
      event('may-3', '2025-05-03'),
      event('earlier', '2024-12'),
    ];
    expect(events.toSorted(byEventDate).map((e) => e.id)).toEqual([
      'earlier',
      'may-3',
      'june-21',
      'june',
      'year',
      'undated',
    ]);
  });
});

describe('counts in words', () => {
  it('says “1 claim” and “2 claims”', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(2, 'more claim')).toBe('2 more claims');
    expect(plural(1, 'entity', 'entities')).toBe('1 entity');
    expect(plural(1200, 'entity', 'entities')).toBe('1,200 entities');
  });

  it('groups thousands as English does, without Intl for whole numbers', () => {
    const numbers = [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1000, -987_654];
    for (const n of [...numbers, Number.MAX_SAFE_INTEGER, 0.5, 1234.5678])
      expect(grouped(n)).toBe(n.toLocaleString('en'));
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    for (const n of numbers) grouped(n);
    expect(toLocale).not.toHaveBeenCalled();
    toLocale.mockRestore();
  });
});
