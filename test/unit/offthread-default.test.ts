/**
 * Issue #19: matching in the background is the default build's; `BACKSTORY_OFFTHREAD=0` builds
 * the old path (every page matching for itself) to benchmark against. Read from wxt.config.ts's
 * `define`, as a build reads it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const defined = (): unknown => {
  const vite = config.vite as unknown as (env: unknown) => { define: Record<string, string> };
  return JSON.parse(vite({ mode: 'production', command: 'build' }).define['BACKSTORY_OFFTHREAD_BUILD']!);
};

const before = process.env['BACKSTORY_OFFTHREAD'];
afterEach(() => {
  if (before === undefined) delete process.env['BACKSTORY_OFFTHREAD'];
  else process.env['BACKSTORY_OFFTHREAD'] = before;
});

describe('where a build matches pages', () => {
  it('in the background by default', () => {
    delete process.env['BACKSTORY_OFFTHREAD'];
    expect(defined()).toBe(true);
  });

  it('in the page with BACKSTORY_OFFTHREAD=0', () => {
    process.env['BACKSTORY_OFFTHREAD'] = '0';
    expect(defined()).toBe(false);
  });
});
