import { describe, expect, it } from 'vitest';
import { scanPlainText } from '@/lib/dom/static-scan';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { type AliasSpec } from '@/lib/match/dictionary';
import type { MatchEntity } from '@/lib/match/from-kb';

const entities: MatchEntity[] = [
  { id: 'donald-trump', label: 'Donald Trump', kind: 'person', support: [] },
  { id: 'united-states', label: 'United States', kind: 'state', support: [] },
];
const specs: AliasSpec[] = [
  { text: 'Donald Trump', entity: 0, caseSensitive: false, needsContext: null },
  { text: 'US president', entity: 0, caseSensitive: false, needsContext: 'short-form' },
  { text: 'US', entity: 1, caseSensitive: true, needsContext: null },
];
const dict = compileDictionary(specs);
const found = (text: string) =>
  scanPlainText(text, dict, entities).mentions.map((m) => `${m.text}→${m.entity.id}`);

describe('falling back to a shorter alias', () => {
  it('links the shorter self-sufficient alias when the longer one lacks context', () => {
    expect(found('He lunched with the US president.')).toEqual(['US→united-states']);
  });

  it('links the longer alias once the page gives it context', () => {
    expect(found('He lunched with the US president. Donald Trump praised him.')).toEqual([
      'US president→donald-trump',
      'Donald Trump→donald-trump',
    ]);
  });
});
