/**
 * "Seen elsewhere" for a long page: its text comes in parts (issue #19), and the background
 * checks exactly what one message would have carried, joining only parts the same tab's top
 * frame sent from the same address for the same report.
 */
import { describe, expect, it } from 'vitest';
import { createReportParts } from '@/lib/background/echo/report-parts';
import { MAX_ECHO_TEXT } from '@/lib/echo/types';

const from = { tabId: 3, url: 'https://courier.example/a', report: 7 };

describe('keeping the parts of a report', () => {
  it('joins the parts sent before the last message, in their order', () => {
    const parts = createReportParts();
    parts.add(from, 1, 'world ');
    parts.add(from, 0, 'hello ');
    expect(parts.join(from, 2, 'again')).toBe('hello world again');
    // Taken once: the same report cannot be joined twice.
    expect(() => parts.join(from, 2, 'again')).toThrow(/missing/);
  });

  it('joins nothing sent by another tab, from another address or for another report', () => {
    for (const other of [
      { ...from, tabId: 4 },
      { ...from, url: 'https://evil.example/' },
      { ...from, report: 8 },
    ]) {
      const parts = createReportParts();
      parts.add(from, 0, 'mine ');
      parts.add(other, 1, 'theirs ');
      expect(() => parts.join(from, 2, 'end')).toThrow(/missing/);
    }
  });

  it('refuses a report with a part missing, repeated or over the length checked', () => {
    const parts = createReportParts();
    parts.add(from, 0, 'a');
    parts.add(from, 2, 'c');
    expect(() => parts.join(from, 3, 'd')).toThrow(/missing/);
    parts.add(from, 0, 'a');
    parts.add(from, 0, 'again');
    expect(() => parts.join(from, 1, 'b')).toThrow(/missing/);
    parts.add(from, 0, 'x'.repeat(MAX_ECHO_TEXT));
    expect(() => parts.join(from, 1, 'y')).toThrow(/too long/);
  });
});
