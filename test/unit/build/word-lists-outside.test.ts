/**
 * The content script's build leaves the recognisers' word lists out and fills them from the
 * matcher's manifest (scripts/lib/word-lists-outside.ts, lib/match/word-list.ts): every list it
 * leaves out must be one the background sends, and a filled set must hold what the text says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { serializeDictionary } from '../../../lib/match/serialize';
import { splitMatcher } from '../../../lib/match/transfer';
import { fillWordSets, wordSet } from '../../../lib/match/word-list';
import { projectRoot } from '../../../scripts/lib/build';
import { leaveWordListsOut } from '../../../scripts/lib/word-lists-outside';

const matchDir = join(projectRoot, 'lib/match');

function keysLeftOut(): string[] {
  const keys: string[] = [];
  for (const file of readdirSync(matchDir).filter((f) => f.endsWith('.ts') && f !== 'word-list.ts')) {
    const { code } = leaveWordListsOut(readFileSync(join(matchDir, file), 'utf8'), file);
    for (const m of code.matchAll(/wordSet\('#(\w+)'/g)) keys.push(m[1]!);
  }
  return keys;
}

describe('word lists outside the content script', () => {
  it('leaves out only lists the background sends with the matcher', async () => {
    // What the background imports of lib/match, and so evaluates before it sends any manifest.
    await Promise.all([
      import('../../../lib/match/from-kb'),
      import('../../../lib/match/match-text'),
      import('../../../lib/match/phrases'),
    ]);
    const { manifest } = splitMatcher('v1', serializeDictionary(compileDictionary([])), []);
    const keys = keysLeftOut();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => manifest.wordLists[key] === undefined)).toEqual([]);
  });

  it('fills a set left empty with the words, in order, and reports lists it was not sent', () => {
    const text = '\n  alpha beta\n  gamma alpha\n';
    const { code } = leaveWordListsOut(`const S = wordSet(\`${text}\`);`, 'test.ts');
    const key = /'#(\w+)'/.exec(code)![1]!;
    const empty = wordSet(`#${key}`);
    const other = wordSet('#elsewhere');
    expect(empty.size).toBe(0);
    expect(fillWordSets({ [key]: text })).toEqual(['elsewhere']);
    expect([...empty]).toEqual([...wordSet(text)]);
    expect(fillWordSets({ elsewhere: 'x' })).toEqual([]);
    expect([...other]).toEqual(['x']);
  });

  it('refuses a list it cannot read exactly', () => {
    expect(() => leaveWordListsOut('wordSet(`a ${b}`)', 'x.ts')).toThrow(/plain template literal/);
    expect(() => leaveWordListsOut("wordSet('a b')", 'x.ts')).toThrow(/plain template literal/);
  });
});
