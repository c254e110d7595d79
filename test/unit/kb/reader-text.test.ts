import { describe, expect, it } from 'vitest';
import { internalSourceNames } from '@/lib/kb/reader-text';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';
import { miniPack } from './mini-pack';

describe('sources named as readers know them', () => {
  it('finds “seed 001”, a source id or a file name in text a reader sees', () => {
    const pack = miniPack();
    pack.claims[0]!.text = 'Seed 001 reports that Munir met the president.';
    pack.entities[0]!.summary = 'Army chief, as mini.txt says.';
    pack.claims[1]!.attribution = 'unsigned report (mini-src)';
    expect(internalSourceNames(pack).map((i) => i.path)).toEqual([
      'entities[0].summary',
      'claims[0].text',
      'claims[1].attribution',
    ]);
    expect(internalSourceNames(miniPack())).toEqual([]);
  });

  it('holds the seed knowledge base to it', () => {
    const seed = validatePack(readSeedPack().pack);
    expect(seed.ok && internalSourceNames(seed.pack)).toEqual([]);
  });
});
