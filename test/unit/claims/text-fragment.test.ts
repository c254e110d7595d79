import { describe, expect, it } from 'vitest';
import { encodeFragmentText, textFragmentUrl } from '@/lib/claims/text-fragment';

describe('text fragment links', () => {
  it('quote short passages whole, with whole-word context', () => {
    expect(
      textFragmentUrl('https://news.example/a#top', {
        exact: 'a private lunch',
        prefix: 'was rewarded with ',
        suffix: ' meeting with the US',
      }),
    ).toBe('https://news.example/a#:~:text=was%20rewarded%20with-,a%20private%20lunch,-meeting%20with%20the');
  });

  it('uses start and end words for long passages and skips context cut mid-word', () => {
    const url = textFragmentUrl('https://x.example/', {
      exact: 'one two three four five six seven eight nine ten eleven twelve',
      prefix: 'halfwo',
      suffix: 'rd after',
    });
    expect(url).toBe(
      'https://x.example/#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    );
  });

  it('escapes the characters the fragment syntax uses', () => {
    expect(encodeFragmentText('US-Pakistan, & more')).toBe('US%2DPakistan%2C%20%26%20more');
  });
});
