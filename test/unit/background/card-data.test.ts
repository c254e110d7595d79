import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { MAX_CARDS_PER_REQUEST } from '@/lib/kb/card';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { RequestError } from '@/lib/result';

describe('getCardData: several cards in one reply', () => {
  const deps = {
    kb: {
      card: async (id: string) => {
        if (id === 'nobody') throw new RequestError('not-found', 'No entity');
        return { entity: { id } };
      },
    },
    claims: { countAbout: async (id: string) => id.length },
  } as unknown as BackgroundDeps;
  const handlers = createBackgroundHandlers(deps);
  const ask = (ids: string[]) =>
    (handlers.getCardData as (data: { ids: string[] }, context: unknown) => Promise<unknown>)(
      { ids },
      { sender: 'content-script' },
    );

  it('answers each entity once, with its card where it can be read and its claim count', async () => {
    expect(await ask(['ali', 'nobody', 'ali'])).toEqual([
      { id: 'ali', card: { entity: { id: 'ali' } }, marked: 3 },
      { id: 'nobody', marked: 6 },
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
