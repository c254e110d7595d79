/**
 * "On this page" hears of a page's mentions only when what it lists changed (mention-news.ts):
 * the same names and counts again send nothing; a new name, another count, a pause or a card
 * kept off the page send one message each.
 */
import { describe, expect, it } from 'vitest';
import { MentionNews } from '@/lib/dom/mention-news';
import type { PageEntity } from '@/lib/messaging/content-requests';

const munir: PageEntity = { id: 'asim-munir', label: 'Asim Munir', kind: 'person', count: 1 };
const sharif: PageEntity = { id: 'shehbaz-sharif', label: 'Shehbaz Sharif', kind: 'person', count: 1 };

describe('news of what a page lists', () => {
  it('sends nothing while the page reads the same, one message for each change it shows', () => {
    let sent = 0;
    const news = new MentionNews(() => sent++);
    news.report({ running: true, entities: [munir] });
    for (let i = 0; i < 10; i++) news.report({ running: true, entities: [{ ...munir }] });
    expect(sent).toBe(1);
    news.report({ running: true, entities: [munir, sharif] });
    news.report({ running: true, entities: [munir, sharif] });
    expect(sent).toBe(2);
    news.report({ running: true, entities: [{ ...munir, count: 2 }, sharif] });
    expect(sent).toBe(3);
    news.report({ running: false, entities: [] });
    expect(sent).toBe(4);
    news.report({ running: false, entities: [], uiBlocked: 'interference' });
    expect(sent).toBe(5);
  });
});
