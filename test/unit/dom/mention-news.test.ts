/**
 * "On this page" hears of a page's mentions only when what it lists changed (mention-news.ts):
 * the same names and counts again send nothing, in whatever order they were counted; a new name,
 * another count, another knowledge base, a pause or a card kept off the page send one message each.
 */
import { describe, expect, it } from 'vitest';
import { MentionNews } from '@/lib/dom/mention-news';

const MUNIR = 3;
const SHARIF = 8;
const state = (counts: [number, number][], running = true, version = 'kb-1') => ({
  running,
  version,
  counts: new Map(counts),
});

describe('news of what a page lists', () => {
  it('sends nothing while the page reads the same, one message for each change it shows', () => {
    let sent = 0;
    const news = new MentionNews(() => sent++);
    news.report(state([[MUNIR, 1]]));
    for (let i = 0; i < 10; i++) news.report(state([[MUNIR, 1]]));
    expect(sent).toBe(1);
    news.report(
      state([
        [MUNIR, 1],
        [SHARIF, 1],
      ]),
    );
    news.report(
      state([
        [SHARIF, 1],
        [MUNIR, 1],
      ]),
    );
    expect(sent).toBe(2);
    news.report(
      state([
        [MUNIR, 2],
        [SHARIF, 1],
      ]),
    );
    expect(sent).toBe(3);
    news.report(
      state(
        [
          [MUNIR, 2],
          [SHARIF, 1],
        ],
        true,
        'kb-2',
      ),
    );
    expect(sent).toBe(4);
    news.report(state([], false));
    expect(sent).toBe(5);
    news.report({ ...state([], false), uiBlocked: 'interference' });
    expect(sent).toBe(6);
  });
});
