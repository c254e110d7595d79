/**
 * A rank as a role phrase (issue #13, sixth pass): "the general", "the Iranian general",
 * "Pakistan's top general" stand for the KB general the page names; a rank describing another
 * noun ("the general debate") or held by someone unnamed nearby ("a retired Indian Army general")
 * names nobody.
 */
import { describe, expect, it } from 'vitest';
import { scanSeed } from './seed-scan';

/** The entity of the mention over the last occurrence of `phrase`, or undefined. */
function linkOfLast(text: string, phrase: string): string | undefined {
  const at = text.lastIndexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return scanSeed(text).find((m) => m.start <= at && m.end > at)?.entity.id;
}

describe('a rank stands for the KB general the page names', () => {
  for (const [text, phrase, entity] of [
    [
      'Donald Trump hosted Asim Munir for lunch. Officials in Islamabad described it as a diplomatic coup for the general, who was elevated to field marshal in May.',
      'the general',
      'asim-munir',
    ],
    [
      'Abdolrahim Mousavi called Asim Munir on Wednesday. During the conversation, the Iranian general thanked Pakistan for its stance.',
      'the Iranian general',
      'abdolrahim-mousavi',
    ],
    [
      'Asim Munir has risen fast. Relations with Washington have never been warmer: Pakistan’s top general has met Donald Trump twice.',
      'top general',
      'asim-munir',
    ],
  ]) {
    it(`"${phrase}"`, () => expect(linkOfLast(text!, phrase!)).toBe(entity));
  }
});

describe('a rank that names nobody in the KB', () => {
  it('describes another noun: "the general debate"', () => {
    const text =
      'Asim Munir stayed home. Shehbaz Sharif spoke in the general debate of the UN General Assembly on Friday.';
    expect(linkOfLast(text, 'general debate')).toBeUndefined();
  });

  it('after someone else of that rank, unnamed, in the same paragraph', () => {
    const text =
      'Asim Munir was praised in Washington. “He is selling his army,” a retired Indian Army general told reporters. The general added that the border was quiet.';
    expect(linkOfLast(text, 'The general')).toBeUndefined();
  });
});
