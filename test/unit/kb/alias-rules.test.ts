/**
 * Packs show where they come from and cannot underline ordinary text: validatePack refuses
 * weak aliases, warns on over-matching packs, and a pack's claims in a card carry its name.
 */
import { describe, expect, it } from 'vitest';
import { createKbService } from '@/lib/background/kb/service';
import { validatePack } from '@/lib/kb/validate-pack';
import { ordinaryTextShare } from '@/lib/kb/alias-rules';
import type { Alias } from '@/lib/kb/schema';
import { miniPack } from './mini-pack';
import { freshDb } from '../fresh-db';

const alias = (text: string, patch: Partial<Alias> = {}): Alias => ({
  text,
  caseSensitive: false,
  needsContext: null,
  confusables: [],
  origin: 'other-outlets',
  ...patch,
});

function packWith(...aliases: Alias[]) {
  const pack = miniPack('weak');
  pack.entities[0]!.aliases.push(...aliases);
  return pack;
}

describe('validatePack and aliases', () => {
  it('refuses one- and two-letter aliases and stop words that could link alone', () => {
    for (const text of ['M', 'ab', 'the', 'May', 'us', 'will']) {
      const result = validatePack(packWith(alias(text)));
      const named = !result.ok && result.issues.some((i) => i.message.includes(`"${text}"`));
      expect({ text, ok: result.ok, named }).toEqual({ text, ok: false, named: true });
    }
  });

  it('accepts them as case-sensitive acronyms or when they need context', () => {
    expect(validatePack(packWith(alias('US', { caseSensitive: true }))).ok).toBe(true);
    expect(validatePack(packWith(alias('AM', { caseSensitive: true }))).ok).toBe(true);
    expect(validatePack(packWith(alias('may', { needsContext: 'common-word' }))).ok).toBe(true);
    // Case-sensitive is not enough for a capitalised stop word: it starts sentences.
    expect(validatePack(packWith(alias('The', { caseSensitive: true }))).ok).toBe(false);
  });

  it('warns when a pack would mark much of ordinary English, and not for the seed-like pack', () => {
    const clean = validatePack(miniPack('clean'));
    expect(clean.ok && clean.warnings).toEqual([]);
    const greedy = validatePack(
      packWith(
        alias('kettle', { needsContext: 'common-word' }),
        alias('the', { needsContext: 'common-word' }),
      ),
    );
    expect(greedy.ok).toBe(true);
    expect(greedy.ok && greedy.warnings.map((w) => w.path)).toEqual(['entities']);
    expect(
      ordinaryTextShare(packWith(alias('the', { needsContext: 'common-word' })).entities),
    ).toBeGreaterThan(0.03);
  });
});

describe('pack provenance in cards', () => {
  const name = 'alias-rules-cards';
  const { getDb } = freshDb(name, { after: 'all' });
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });

  it('labels a pack’s claims about a seed entity with the pack, and seed claims as the seed', async () => {
    const pack = miniPack('research');
    pack.pack.title = 'Research Notes';
    pack.sources[0]!.id = 'research-src';
    pack.entities = [
      { ...pack.entities[1]!, id: 'research-state', label: 'Research State', summaryClaims: ['r-c2'] },
    ];
    pack.claims = [
      { ...pack.claims[1]!, id: 'r-c2', source: 'research-src', about: ['research-state', 'mini-munir'] },
    ];
    await kb.importPack(JSON.stringify(pack));
    const card = await kb.card('mini-munir');
    expect(card.pack).toMatchObject({ id: 'seed', builtin: true });
    const fromPack = card.claims.find((c) => c.id === 'r-c2')!;
    expect(fromPack.pack).toEqual({ id: 'research', title: 'Research Notes', builtin: false });
    expect(card.claims.filter((c) => c.id !== 'r-c2').every((c) => c.pack.builtin)).toBe(true);
    expect((await kb.card('research-state')).pack).toMatchObject({ title: 'Research Notes', builtin: false });
  });
});
