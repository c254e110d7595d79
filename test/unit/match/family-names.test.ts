/**
 * A bare surname beside another bearer of it (issue #13, seventh pass). Another member of the
 * family ("Melania Trump", "Eric Trump") takes a bare surname after it in the same block; in a later
 * block the page's own person is meant again. The family itself ("the Trump family") and a
 * relative ("the younger Trump") are nobody the knowledge base holds.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed, scanSeedHtml } from './seed-scan';

/** The entity linked at the last occurrence of `word` in the page's text, or undefined. */
function linkOfLast(mentions: ReturnType<typeof scanSeed>, text: string, word: string) {
  const at = text.lastIndexOf(word);
  return mentions.find((m) => m.start <= at && m.end > at)?.entity.id;
}

const page = (...paragraphs: string[]) => `<body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body>`;
const textOf = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('another bearer of a surname reaches to the end of its block', () => {
  const paragraphs = [
    'Donald Trump spoke at the UN on Tuesday.',
    'Meanwhile Melania Trump hosted leaders’ spouses at a lunch on the East Side.',
    'Trump has just finished a meeting on Gaza with the leaders of Qatar and Egypt.',
  ];

  it('so a bare surname in a later block is the KB person again', () => {
    expect(linkOfLast(scanSeedHtml(page(...paragraphs)), textOf(...paragraphs), 'Trump')).toBe(
      'donald-trump',
    );
  });

  it('while in the bearer’s own block it is still theirs', () => {
    const text =
      'Donald Trump spoke at the UN. Melania Trump hosted a lunch, where Trump thanked the guests.';
    expect(linkOfLast(scanSeed(text), text, 'Trump')).toBeUndefined();
  });
});

describe('the family and a relative are not the person', () => {
  for (const text of [
    'Donald Trump spoke. A crypto firm linked to the Trump family signed a deal in April.',
    'Donald Trump spoke. Inside the Trump family’s Gulf gold rush.',
    'Shehbaz Sharif spoke. The Sharif dynasty has ruled Punjab for decades.',
    'Donald Trump spoke. The younger Trump has since called Pakistan a market.',
    'Shehbaz Sharif spoke. Aides say the elder Sharif prefers to stay silent.',
  ]) {
    it(`${text.slice(text.indexOf('.') + 2)}`, () => {
      const at = text.lastIndexOf(text.includes('Trump') ? 'Trump' : 'Sharif');
      expect(scanSeed(text).filter((m) => m.start <= at && m.end > at)).toEqual([]);
    });
  }

  it('and a relative’s surname carries to the rest of the block', () => {
    const text = 'Donald Trump spoke. The younger Trump flew to Doha, where Trump opened a tower.';
    expect(linkOfLast(scanSeed(text), text, 'Trump')).toBeUndefined();
  });
});
