/**
 * Keys typed at the claim form's frame that reach the page (entrypoints/content/held-keys.ts):
 * held until the form asks, and from then on passed to the form one by one. Under load, the
 * browser's last stray key reached the page after the form had asked, and the note lost a letter.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeldKeys, type LateKey } from '@/entrypoints/content/held-keys';
import type { PageUi } from '@/entrypoints/content/page-ui';

const host = {};
const frame = { localName: 'iframe' };
/** Backstory's UI with focus on the form's frame, as the page's document sees it. */
const ui = {
  host,
  shadow: { activeElement: frame },
  marker: { element: { contains: () => true } },
} as unknown as PageUi;

/** A key the browser itself delivered to the page (only those are held). */
function press(key: string) {
  const event = { key, isTrusted: true, defaultPrevented: false, preventDefault: () => undefined };
  event.preventDefault = () => void (event.defaultPrevented = true);
  return event as unknown as KeyboardEvent;
}

beforeEach(() => vi.stubGlobal('document', { activeElement: host }));
afterEach(() => vi.unstubAllGlobals());

describe('keys held for the claim form', () => {
  it('gives what was held once, then passes each later key to the form in order', async () => {
    const held = new HeldKeys();
    const late: LateKey[] = [];
    for (const key of ['P', 'e']) held.hold(press(key), ui);
    held.frameLoaded((key) => late.push(key));
    expect(await held.take()).toBe('Pe');
    // The stray keys that reach the page after the take: each to the form, and none to the page.
    const strays = ['n', 'Backspace', 't', 'Enter'].map(press);
    for (const key of strays) held.hold(key, ui);
    expect(late).toEqual(['n', '\b', 't', '\n']);
    expect(strays.every((key) => key.defaultPrevented)).toBe(true);
    // Given once: nothing held is given twice.
    expect(await held.take()).toBe('');
  });

  it('passes on no key a script made up, nor a shortcut, after the take', async () => {
    const held = new HeldKeys();
    const late: LateKey[] = [];
    held.frameLoaded((key) => late.push(key));
    await held.take();
    const madeUp = { ...press('x'), isTrusted: false } as KeyboardEvent;
    const shortcut = { ...press('c'), ctrlKey: true } as KeyboardEvent;
    const shift = press('Shift');
    for (const key of [madeUp, shortcut, shift]) held.hold(key, ui);
    expect(late).toEqual([]);
  });
});
