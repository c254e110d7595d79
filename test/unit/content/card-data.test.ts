import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CARDS_PER_REQUEST, type EntityCard } from '@/lib/kb/card';

/** Every message the content script sends to the background, and how each is answered. */
const sent: { name: string; data: unknown }[] = [];
let answer: (name: string, data: unknown) => Promise<unknown>;
vi.mock('@/lib/messaging/client', () => ({
  askBackground: (name: string, data: unknown) => {
    sent.push({ name, data });
    return answer(name, data);
  },
}));
const { CardData } = await import('@/entrypoints/content/card-data');

const card = (id: string) => ({ entity: { id, label: id } }) as unknown as EntityCard;
const ok = (value: unknown) => Promise.resolve({ ok: true, value });
/** The background as it answers: every entity has a card but `missing`, and 3 claims. */
function background(missing = new Set<string>()) {
  return (name: string, data: unknown) => {
    if (name === 'getCardData') {
      const { ids } = data as { ids: string[] };
      return ok(ids.map((id) => (missing.has(id) ? { id, marked: 3 } : { id, card: card(id), marked: 3 })));
    }
    if (name === 'getEntityCard') return ok(card((data as { id: string }).id));
    if (name === 'countClaimsAbout') return ok(3);
    throw new Error(`unexpected ${name}`);
  };
}

describe('card data fetched ahead of a hover', () => {
  beforeEach(() => {
    sent.length = 0;
    answer = background();
  });

  it('brings cards and counts in one message, and a hover then sends none', async () => {
    const data = new CardData();
    const first = await data.prefetch(['a', 'b', 'a', 'c']);
    expect(first?.entity.id).toBe('a');
    expect(sent).toEqual([{ name: 'getCardData', data: { ids: ['a', 'b', 'c'] } }]);
    expect(((await data.cardFor('b')) as EntityCard).entity.id).toBe('b');
    expect(await data.markedAbout('c')).toBe(3);
    expect(sent).toHaveLength(1);
  });

  it('asks for at most the bounded number, and never again for what it has', async () => {
    const data = new CardData();
    await data.cardFor('x0');
    const ids = Array.from({ length: 40 }, (_, i) => `x${i}`);
    await data.prefetch(ids);
    const batch = sent.find((m) => m.name === 'getCardData')!.data as { ids: string[] };
    expect(batch.ids).toHaveLength(MAX_CARDS_PER_REQUEST);
    expect(batch.ids).not.toContain('x0');
    await data.prefetch(ids.slice(0, MAX_CARDS_PER_REQUEST + 1));
    expect(sent.filter((m) => m.name === 'getCardData')).toHaveLength(1);
  });

  it('asks alone for a card the batch did not bring', async () => {
    answer = background(new Set(['b']));
    const data = new CardData();
    await data.prefetch(['a', 'b']);
    expect(((await data.cardFor('b')) as EntityCard).entity.id).toBe('b');
    expect(sent.map((m) => m.name)).toEqual(['getCardData', 'getEntityCard']);
  });

  it('keeps no card the batch left out until a hover asks for it', async () => {
    answer = background(new Set(['big']));
    const data = new CardData();
    await data.prefetch(['a', 'big']);
    expect(sent.map((m) => m.name)).toEqual(['getCardData']);
    expect(await data.markedAbout('big')).toBe(3);
    expect(((await data.cardFor('big')) as EntityCard).entity.id).toBe('big');
    expect(sent.map((m) => m.name)).toEqual(['getCardData', 'getEntityCard']);
  });

  it('does not keep a hover waiting for a batch still on its way', async () => {
    answer = (name, data) => (name === 'getCardData' ? new Promise(() => {}) : background()(name, data));
    const data = new CardData();
    void data.prefetch(['a', 'b']);
    expect(((await data.cardFor('a')) as EntityCard).entity.id).toBe('a');
    expect(await data.markedAbout('a')).toBe(3);
    expect(sent.map((m) => m.name)).toEqual(['getCardData', 'getEntityCard', 'countClaimsAbout']);
  });

  it('forgets what it prefetched when the knowledge base changes', async () => {
    const data = new CardData();
    await data.prefetch(['a']);
    data.forgetCards();
    await data.cardFor('a');
    expect(sent.map((m) => m.name)).toEqual(['getCardData', 'getEntityCard']);
  });

  /** A batch that brings no card for `big`, answered when the test says. */
  function heldBatch() {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const answerNow = background(new Set(['big']));
    answer = (name, data) =>
      name === 'getCardData' ? held.then(() => answerNow(name, data)) : answerNow(name, data);
    return release;
  }

  it('asks once for a big card hovered while its batch is on its way', async () => {
    const release = heldBatch();
    const data = new CardData();
    const batch = data.prefetch(['a', 'big']);
    const hovered = data.cardFor('big');
    release();
    await batch;
    expect(((await hovered) as EntityCard).entity.id).toBe('big');
    expect(((await data.cardFor('big')) as EntityCard).entity.id).toBe('big');
    expect(sent.filter((m) => m.name === 'getEntityCard')).toHaveLength(1);
  });

  it('fetches nothing for a batch the knowledge base changed under', async () => {
    const release = heldBatch();
    const data = new CardData();
    const batch = data.prefetch(['a', 'big']);
    data.forgetCards();
    release();
    await batch;
    expect(sent.map((m) => m.name)).toEqual(['getCardData']);
  });
});
