/**
 * The per-tab budgets (lib/background/tab-turns.ts) forget a tab once it closes or its window has
 * passed, so a background that runs for days keeps no record of every tab it ever served; and a
 * reader marking a passage saved before (its claim handed back unchanged) spends no turn.
 */
import { describe, expect, it } from 'vitest';
import { tabTurns } from '@/lib/background/tab-turns';
import { MAX_NEW_CLAIMS } from '@/lib/background/claim-turns';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { realBackground } from './fake-background';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const { connect } = freshDb('tab-turns');
const limit = { max: 2, windowMs: 1000, refusal: 'Enough for now; try again in a moment.' };
const inTab = (tabId: number, frameId = 0) => ({ sender: 'content-script' as const, tabId, frameId });

describe('tabTurns', () => {
  it('forgets a closed tab at once', () => {
    const turns = tabTurns({ ...limit, topFrameApart: true }, () => 0);
    turns(inTab(1));
    turns(inTab(1, 4));
    turns(inTab(2));
    expect(turns.records()).toBe(3);
    turns.forgetTab(1);
    expect(turns.records()).toBe(1);
  });

  it("drops a tab's record once its window has passed, even if the tab never asks again", () => {
    let clock = 0;
    const turns = tabTurns(limit, () => clock);
    for (let tab = 1; tab <= 50; tab++) turns(inTab(tab));
    expect(turns.records()).toBe(50);
    clock = 999;
    turns(inTab(51));
    expect(turns.records()).toBe(51);
    clock = 1000;
    turns(inTab(52));
    // Only the tabs that asked within the last second are still on record.
    expect(turns.records()).toBe(2);
  });

  it('takes a turn given back as never spent', () => {
    const turns = tabTurns(limit, () => 0);
    turns(inTab(1));
    turns(inTab(1)).giveBack();
    turns(inTab(1));
    expect(() => turns(inTab(1))).toThrow('Enough for now');
  });
});

describe('marking from a page', () => {
  const page = 'https://news.example/world/munir-lunch?utm_source=feed';
  const setUp = () => {
    const closed: ((tabId: number) => void)[] = [];
    const { handlers } = realBackground(connect(), { onTabClosed: (listener) => closed.push(listener) });
    const mark = (id: string, tabId = 7) =>
      handleRequest(
        backgroundRequests,
        handlers,
        'saveClaim',
        { claim: savedClaim({ id }) },
        'content-script',
        {
          tabId,
          frameId: 0,
          url: page,
        },
      );
    return { mark, closeTab: (tabId: number) => closed.forEach((listener) => listener(tabId)) };
  };

  it('spends no turn marking a passage already saved', async () => {
    const { mark } = setUp();
    const again = crypto.randomUUID();
    expect((await mark(again)).ok).toBe(true);
    // The reader reopens the form of the same passage more often than they could mark new ones.
    for (let n = 0; n < MAX_NEW_CLAIMS + 5; n++) expect((await mark(again)).ok).toBe(true);
    // The one new claim took the only turn spent: the rest are all still there.
    for (let n = 1; n < MAX_NEW_CLAIMS; n++) expect((await mark(crypto.randomUUID())).ok).toBe(true);
    expect(await mark(crypto.randomUUID())).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
  });

  it('gives a tab that closed and the browser reused its turns back', async () => {
    const { mark, closeTab } = setUp();
    for (let n = 0; n < MAX_NEW_CLAIMS; n++) await mark(crypto.randomUUID());
    expect((await mark(crypto.randomUUID())).ok).toBe(false);
    closeTab(7);
    expect((await mark(crypto.randomUUID())).ok).toBe(true);
  });
});
