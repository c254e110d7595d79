/**
 * Re-anchoring baselines (as Hypothesis keeps html-baselines): saved pages under
 * test/fixtures/reanchor/, the claims' selectors as they were saved (`*.claims.json`, made on the
 * page as it was then) and where each claim must be found on the page as saved now
 * (`*.expected.json`). A change to how claims are found again shows up here as a changed placement.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { offsetOf, readPageText } from '@/lib/anchor/page-text';
import { ClaimPlacements, type Anchorable, type ClaimHighlights } from '@/lib/anchor/reanchor';

const dir = new URL('../../fixtures/reanchor/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** Which saved claims go with which saved page, and the placements expected there. */
const cases = [
  { page: 'wire.html', claims: 'wire.claims.json', expected: 'wire.expected.json' },
  { page: 'wire-updated.html', claims: 'wire.claims.json', expected: 'wire-updated.expected.json' },
  { page: 'live-blog.html', claims: 'live-blog.claims.json', expected: 'live-blog.expected.json' },
];

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

describe('re-anchoring saved claims on saved pages', () => {
  it.each(cases)('places the claims of $claims on $page as recorded in $expected', async (c) => {
    const { document } = parseHTML(read(c.page));
    const doc = document as unknown as Document;
    const drawn = new Map<StaticRange, 'claim' | 'doubtfulClaim'>();
    const set = (name: 'claim' | 'doubtfulClaim') => ({
      add: (range: StaticRange) => void drawn.set(range, name),
      delete: (range: AbstractRange) => void drawn.delete(range as StaticRange),
    });
    const highlights: ClaimHighlights = {
      claim: set('claim'),
      doubtfulClaim: set('doubtfulClaim'),
      register() {},
    };
    const placements = new ClaimPlacements<Anchorable>(doc, () => false, highlights);
    await placements.placeAll(JSON.parse(read(c.claims)) as Anchorable[]);
    const page = readPageText(doc);
    // Where each claim was found, as page-text offsets read back from its range, and how it is drawn.
    const actual = placements.all.map(({ placement, range, text }) => ({
      ...placement,
      ...(range && {
        text,
        start: offsetOf(page, range.startContainer, range.startOffset),
        end: offsetOf(page, range.endContainer, range.endOffset),
        highlight: drawn.get(range),
      }),
    }));
    expect(drawn.size).toBe(actual.filter((p) => p.highlight).length);
    expect(actual).toEqual(JSON.parse(read(c.expected)));
  });
});

describe('following page edits', () => {
  it('places a claim again when its words change, and takes the highlight off words that left', async () => {
    const { document } = parseHTML(read('wire.html'));
    const doc = document as unknown as Document;
    const drawn = new Set<AbstractRange>();
    const set = {
      add: (range: StaticRange) => void drawn.add(range),
      delete: (range: AbstractRange) => void drawn.delete(range),
    };
    const placements = new ClaimPlacements<Anchorable>(doc, () => false, {
      claim: set,
      doubtfulClaim: set,
      register() {},
    });
    await placements.placeAll(JSON.parse(read('wire.claims.json')) as Anchorable[]);
    const status = () => Object.fromEntries(placements.all.map((p) => [p.placement.id, p.placement.status]));
    expect(drawn.size).toBe(5);
    const paragraphs = [...doc.querySelectorAll('p')];
    paragraphs.find((p) => p.textContent.includes('Marco Rubio'))!.remove();
    const weeks = paragraphs.find((p) => p.textContent.includes('decide within two weeks'))!;
    weeks.textContent = weeks.textContent.replace(
      'Trump said he would decide',
      'Trump has said he will decide',
    );
    placements.follow();
    expect(status()).toMatchObject({ rubio: 'orphan', 'two-weeks': 'anchored', honour: 'anchored' });
    expect(placements.all.find((p) => p.claim.id === 'two-weeks')!.text).toBe(
      'Trump has said he will decide within two weeks',
    );
    expect(drawn.size).toBe(4);
  });

  it('looks for orphans again at once when the page has been read through, not only every few seconds', async () => {
    const { document } = parseHTML(read('wire.html'));
    const doc = document as unknown as Document;
    const set = { add() {}, delete() {} };
    const placements = new ClaimPlacements<Anchorable>(doc, () => false, {
      claim: set,
      doubtfulClaim: set,
      register() {},
    });
    // The page has not built that paragraph yet when its claims are placed.
    const rubio = [...doc.querySelectorAll('p')].find((p) => p.textContent.includes('Marco Rubio'))!;
    const [parent, next] = [rubio.parentNode!, rubio.nextSibling];
    rubio.remove();
    await placements.placeAll(JSON.parse(read('wire.claims.json')) as Anchorable[]);
    const rubioStatus = () => placements.all.find((p) => p.claim.id === 'rubio')!.placement.status;
    expect(rubioStatus()).toBe('orphan');
    parent.insertBefore(rubio, next);
    // An edit soon after the page loaded: orphans wait for the next retry.
    placements.follow(1000);
    expect(rubioStatus()).toBe('orphan');
    placements.follow(1000, true);
    expect(rubioStatus()).toBe('anchored');
  });
});

describe('a placement superseded by the next', () => {
  // A single-page app moves on while its last address's claims are still being placed: the
  // new placement replaces them, and the old one must not go on drawing claims of a page that
  // is no longer shown (nor may a claim layer being stopped, `clear`).
  it.each([
    ['another placement', (p: ClaimPlacements<Anchorable>) => void p.placeAll([])],
    ['clear', (p: ClaimPlacements<Anchorable>) => p.clear()],
  ])('stops drawing once %s takes over', async (_, takeOver) => {
    const { document } = parseHTML(read('wire.html'));
    const doc = document as unknown as Document;
    const drawn = new Set<AbstractRange>();
    let placements!: ClaimPlacements<Anchorable>;
    let tookOver = false;
    const set = {
      add: (range: StaticRange) => {
        drawn.add(range);
        // The first claim drawn: the app navigates (in the middle of the old placement's loop).
        if (!tookOver) {
          tookOver = true;
          takeOver(placements);
        }
      },
      delete: (range: AbstractRange) => void drawn.delete(range),
    };
    placements = new ClaimPlacements<Anchorable>(doc, () => false, {
      claim: set,
      doubtfulClaim: set,
      register() {},
    });
    await placements.placeAll(JSON.parse(read('wire.claims.json')) as Anchorable[]);
    expect(tookOver).toBe(true);
    expect(placements.all).toEqual([]);
    expect(drawn.size).toBe(0);
  });
});
