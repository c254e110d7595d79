/**
 * The side panel hears of a page's claims only when where they sit changed (placement-news.ts):
 * a page that keeps changing elsewhere, with its claims put, sends nothing; a claim lost, found
 * again or added, or another address, sends one message each.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PlacementNews } from '@/lib/anchor/placement-news';
import { readPageText } from '@/lib/anchor/page-text';
import { ClaimPlacements, type Anchorable, type ClaimHighlights } from '@/lib/anchor/reanchor';
import { describeQuote } from '@/lib/anchor/selectors';

/** Node has no StaticRange; the content script gets the browser's. */
class TestStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

beforeAll(() => {
  if (typeof StaticRange === 'undefined') vi.stubGlobal('StaticRange', TestStaticRange);
});

const QUOTE = 'no decision has been taken on any deployment of troops';
const noHighlights: ClaimHighlights = {
  claim: { add() {}, delete() {} },
  doubtfulClaim: { add() {}, delete() {} },
  register() {},
};

/** A page with one claim marked on it, its placements and the messages they sent. */
async function pageWithClaim() {
  const { document } = parseHTML(
    `<html><body><p id="update">Officials said ${QUOTE} to Gaza.</p><p id="other">Talks go on.</p></body></html>`,
  );
  const doc = document as unknown as Document;
  const text = readPageText(doc).text;
  const start = text.indexOf(QUOTE);
  const claim: Anchorable = { id: 'c1', selectors: describeQuote(text, start, start + QUOTE.length) };
  let sent = 0;
  const news = new PlacementNews(() => sent++);
  const placements: ClaimPlacements<Anchorable> = new ClaimPlacements<Anchorable>(
    doc,
    () => false,
    noHighlights,
    () =>
      news.report({
        url: 'https://news.example/live',
        seenUrl: 'https://news.example/live',
        placements: placements.all.map((p) => p.placement),
      }),
  );
  await placements.placeAll([claim]);
  return { doc, placements, sent: () => sent };
}

describe('news of where claims sit', () => {
  it('sends nothing while the page changes elsewhere and its claims stay put', async () => {
    const { doc, placements, sent } = await pageWithClaim();
    expect(placements.all.map((p) => p.placement.status)).toEqual(['anchored']);
    expect(sent()).toBe(1);
    for (let i = 1; i <= 20; i++) {
      doc.getElementById('other')!.textContent = `Talks go on, update ${i}.`;
      placements.follow(i * 10_000);
    }
    expect(sent()).toBe(1);
  });

  it('sends one message when a claim is lost, one when it is found again, and none in between', async () => {
    const { doc, placements, sent } = await pageWithClaim();
    const words = doc.getElementById('update')!.firstChild as Text;
    words.data = 'Officials said the committee will meet next week.';
    placements.follow(10_000);
    expect(placements.all.map((p) => p.placement.status)).toEqual(['orphan']);
    expect(sent()).toBe(2);
    // Orphans are looked for again as the page changes: not found, nothing to say.
    for (let i = 2; i <= 10; i++) {
      doc.getElementById('other')!.textContent = `Talks go on, update ${i}.`;
      placements.follow(i * 10_000);
    }
    expect(sent()).toBe(2);
    words.data = `Officials said ${QUOTE} to Gaza.`;
    placements.follow(200_000);
    expect(placements.all.map((p) => p.placement.status)).toEqual(['anchored']);
    expect(sent()).toBe(3);
  });

  it('tells of another address even when the claims sit as before', () => {
    let sent = 0;
    const news = new PlacementNews(() => sent++);
    const placements = [{ id: 'c1', status: 'anchored' as const }];
    news.report({ url: 'https://news.example/a', seenUrl: 'https://news.example/a', placements });
    news.report({ url: 'https://news.example/a', seenUrl: 'https://news.example/a', placements });
    news.report({ url: 'https://news.example/b', seenUrl: 'https://news.example/b', placements });
    expect(sent).toBe(2);
  });
});
