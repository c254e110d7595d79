/**
 * Eleventh pass on names (issue #13): role phrases read as data, no per-name lists.
 *
 * - An army chief is his state's military chief too, but a chief over all of a state's services
 *   (Iran's "military chief") is no army chief: "the army chief" beside him is the army chief the
 *   page names, not him, and he is no rival holder that would leave it unlinked.
 *
 * - "This" before a bare title points at the holder the reader knows, as "the" does ("what works
 *   with this president"); possessives do not ("our prime minister" is the speaker's country's).
 *
 * Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { linksOver, scanSeed } from './seed-scan';

describe('"the army chief" is not a chief over all services', () => {
  it("in a block naming only Iran's military chief, it is still the army chief named elsewhere", () => {
    const text =
      'Field Marshal Asim Munir flew home on Monday.\n\nA day later the army chief took a call from Major General Abdolrahim Mousavi, who thanked Pakistan.';
    expect(linksOver(text, 'the army chief')).toEqual(['asim-munir']);
  });

  it('in a block naming both, the army chief is the army chief', () => {
    const text =
      "Asim Munir and Abdolrahim Mousavi are their countries' top soldiers. On Tuesday the army chief took a call from Iran's armed forces chief.";
    expect(linksOver(text, 'the army chief')).toEqual(['asim-munir']);
  });

  for (const [phrase, holder, other] of [
    ["Iran's military chief", 'abdolrahim-mousavi', 'asim-munir'],
    ["Iran's army chief", 'abdolrahim-mousavi', 'asim-munir'],
    ["Pakistan's military chief", 'asim-munir', 'abdolrahim-mousavi'],
  ] as const)
    it(`"${phrase}" still names that state's chief`, () => {
      const text = `Asim Munir and Abdolrahim Mousavi spoke on the phone.\n\nLater ${phrase} gave a speech.`;
      const links = linksOver(text, phrase);
      expect(links).toContain(holder);
      expect(links).not.toContain(other);
    });
});

describe('"this" before a title is the holder the page names', () => {
  for (const [text, phrase, holder] of [
    [
      'Donald Trump hosted Asim Munir in June. Islamabad learned what works with this president: flattery.',
      'this president',
      'donald-trump',
    ],
    [
      'Trump praised Field Marshal Asim Munir again. Nobody in Delhi knows what to make of this field marshal.',
      'this field marshal',
      'asim-munir',
    ],
  ] as const)
    it(`"${phrase}"`, () => expect(linksOver(text, phrase)).toEqual([holder]));

  it('but not "our prime minister", which is the speaker\'s', () => {
    const text =
      'Shehbaz Sharif was in Egypt. An Indian panellist said: our prime minister would never do that.';
    expect(scanSeed(text).filter((m) => m.text.includes('prime minister'))).toEqual([]);
  });
});
