/** The re-anchoring corpus's scorer (reanchor-corpus-score.ts) judges placements as its README says. */
import { describe, expect, it } from 'vitest';
import { locate, scoreCase, summarise, type CorpusClaim } from './reanchor-corpus-score';

const page = (...paragraphs: string[]) =>
  `<!doctype html><html><body><article>${paragraphs.map((p) => `\n  <p>${p}</p>`).join('')}\n</article></body></html>`;

const before = page(
  'Pakistan said on Tuesday that <em>talks</em> with India would resume after the ceasefire held for a week.',
  'The army chief met the president at the White House for a lunch that lasted two hours.',
  'Officials in Islamabad declined to comment on the report about the oil agreement.',
);

describe('locating a reader’s words in page text', () => {
  it('treats a space as any whitespace or none, and counts occurrences', () => {
    const text = 'a  b\n c ab c';
    expect(locate(text, 'b c')).toEqual([3, 7]);
    expect(locate(text, 'b c', 2)).toEqual([9, 12]);
    expect(locate(text, 'b c', 3)).toBeUndefined();
  });
});

describe('judging where each claim lands', () => {
  const claims: CorpusClaim[] = [
    {
      id: 'moved',
      quote: 'talks with India would resume',
      expect: 'same',
      after: 'talks with India would resume',
    },
    {
      id: 'reworded',
      quote: 'for a lunch that lasted two hours',
      expect: 'changed',
      after: 'for a lunch that lasted nearly two hours',
    },
    { id: 'cut', quote: 'declined to comment on the report about the oil agreement', expect: 'gone' },
  ];

  it('counts a moved, a reworded and a cut passage right when they are found, found and orphaned', () => {
    const after = page(
      'Update: this story has been updated with new details.',
      'The army chief met the president at the White House for a lunch that lasted nearly two hours.',
      'Pakistan said on Tuesday that talks with India would resume after the ceasefire held for a week.',
    );
    const results = scoreCase(before, after, claims);
    expect(results.map((r) => [r.claim.id, r.outcome])).toEqual([
      ['moved', 'right'],
      ['reworded', 'right'],
      ['cut', 'right'],
    ]);
    expect(summarise(results)).toMatchObject({ recall: 1, precision: 1, orphansRight: 1 });
  });

  it('counts a claim whose passage is gone but which is placed anyway as wrong', () => {
    const after = page(
      'Pakistan said on Tuesday that talks with India would resume after the ceasefire held for a week.',
      'The army chief met the president at the White House for a lunch that lasted nearly two hours.',
      'Officials in Islamabad declined to comment on the report about the oil agreement, a spokesman said.',
    );
    const results = scoreCase(before, after, claims);
    expect(results.find((r) => r.claim.id === 'cut')!.outcome).toBe('placed on a gone passage');
    expect(summarise(results).precision).toBeCloseTo(2 / 3);
  });

  it('counts a claim found on other words than the writer’s as elsewhere, and a missing one as lost', () => {
    const after = page(
      'Pakistan said that talks with India would resume.',
      'Nothing else is left of the story.',
    );
    const results = scoreCase(before, after, [
      {
        id: 'wrong-place',
        quote: 'talks with India would resume',
        expect: 'changed',
        after: 'Nothing else is left',
      },
      { id: 'missing', quote: 'for a lunch that lasted two hours', expect: 'same', after: 'of the story' },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['elsewhere', 'lost']);
    expect(summarise(results).recall).toBe(0);
  });

  it('refuses a claim whose words are not on the page it says', () => {
    expect(() => scoreCase(before, before, [{ id: 'x', quote: 'not on the page', expect: 'gone' }])).toThrow(
      /x: its quote is not on the before page/,
    );
  });
});
