/** The popup lists Backstory's shortcuts as the browser bound them, "not set" where none is. */
import { describe, expect, it } from 'vitest';
import { boundShortcuts } from '@/lib/extension-pages/shortcuts';

describe('bound shortcuts', () => {
  it('shows the keys the browser reports, spelled for reading, and none where unset', () => {
    const list = boundShortcuts([
      { name: 'mark-claim', shortcut: '', description: 'Mark' },
      { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
      { name: 'previous-mention', shortcut: 'Ctrl+Shift+,' },
      { name: '_execute_action', shortcut: 'Alt+B' },
    ]);
    expect(list.map((s) => [s.name, s.keys])).toEqual([
      ['next-mention', 'Alt+Shift+Period'],
      ['previous-mention', 'Ctrl+Shift+Comma'],
      ['mark-claim', undefined],
    ]);
  });

  it('says none is set when the browser returns nothing usable', () => {
    expect(boundShortcuts(undefined).every((s) => s.keys === undefined)).toBe(true);
    expect(boundShortcuts([{ name: 7 }]).every((s) => s.keys === undefined)).toBe(true);
  });
});
