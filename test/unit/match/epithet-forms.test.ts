/**
 * Role phrases and descriptions standing for a KB person: "Pakistan's own army chief" is the
 * army chief; "Israel's tourism chief" is Michael Izhakov on a page that names him; a bare
 * "Leader" heading an Iranian outlet's item is the Supreme Leader, no KB president. Every
 * sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver } from './seed-scan';

describe('role phrases', () => {
  for (const [text, phrase, entity] of [
    [
      "Field Marshal Asim Munir flew to Washington. Few expected Pakistan's own army chief to be so warmly received.",
      "Pakistan's own army chief",
      'asim-munir',
    ],
    [
      'Michael Izhakov spoke at the fair. Later, Israel’s tourism chief posted the photograph.',
      'Israel’s tourism chief',
      'michael-izhakov',
    ],
  ] as const)
    it(`links "${phrase}" to ${entity}`, () => {
      expect(linksOver(text, phrase)).toContain(entity);
    });

  for (const [text, phrase, within] of [
    [
      'President Masoud Pezeshkian thanked Pakistan.\nLeader: the nation stood firm in the 12-day war',
      'Leader',
      'Leader: the nation',
    ],
    [
      'Donald Trump spoke on Monday.\nLeader’s message on the anniversary of the revolution',
      'Leader',
      'Leader’s message',
    ],
    ["Israel's tourism chief praised the fair.", 'tourism chief', "Israel's tourism chief"],
  ] as const)
    it(`leaves "${phrase}" unlinked in "${within}"`, () => {
      expect(linksOver(text, phrase, within)).toEqual([]);
    });
});
