import { describe, expect, it } from 'vitest';
import { MAX_CARD_DATA_CHARS, MAX_CARDS_PER_REQUEST } from '@/lib/kb/card';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { RequestError } from '@/lib/result';
import { fakeBackground } from './fake-background';

describe('getCardData: several cards in one reply', () => {
  const claims = { countAbout: async (id: string) => id.length };
  const handlers = fakeBackground(
    {
      card: async (id: string) => {
        if (id === 'nobody') throw new RequestError('not-found', 'No entity');
        return { entity: { id } };
      },
    },
    claims,
  );
  const ask = (ids: string[]) => handlers['getCardData']!({ ids }, { sender: 'content-script' });

  it('answers each entity once, with its card where it can be read and its claim count', async () => {
    expect(await ask(['ali', 'nobody', 'ali'])).toEqual([
      { id: 'ali', card: { entity: { id: 'ali' } }, marked: 3 },
      { id: 'nobody', marked: 6 },
    ]);
  });

  it('brings cards while they fit its budget, and leaves the biggest to the hover', async () => {
    const sized = (id: string, chars: number) => ({ entity: { id }, text: 'x'.repeat(chars) });
    const sizes: Record<string, number> = {
      first: MAX_CARD_DATA_CHARS / 2,
      country: MAX_CARD_DATA_CHARS,
      small: MAX_CARD_DATA_CHARS / 4,
    };
    const budgeted = fakeBackground({ card: async (id: string) => sized(id, sizes[id]!) }, claims);
    const reply = (await budgeted['getCardData']!(
      { ids: ['first', 'country', 'small'] },
      { sender: 'content-script' },
    )) as {
      id: string;
      card?: unknown;
      marked: number;
    }[];
    expect(reply.map((d) => [d.id, d.card !== undefined, d.marked])).toEqual([
      ['first', true, 5],
      ['country', false, 7],
      ['small', true, 5],
    ]);
  });

  it('takes a bounded number of well-formed ids', () => {
    const parse = (ids: unknown) => backgroundRequests.getCardData.data.safeParse({ ids }).success;
    const ids = Array.from({ length: MAX_CARDS_PER_REQUEST + 1 }, (_, i) => `e-${i}`);
    expect(parse(ids.slice(1))).toBe(true);
    expect(parse(ids)).toBe(false);
    expect(parse([])).toBe(false);
    expect(parse(['Not A Slug!'])).toBe(false);
  });
});
