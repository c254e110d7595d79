/**
 * A linkedom document set as the global `document` for one test file's components (Preact renders
 * into it), and put back after: components render without a browser.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll } from 'vitest';

export function useLinkedomDocument() {
  const parsed = parseHTML('<!doctype html><html><body></body></html>');
  const global = globalThis as { document?: unknown };
  const before = global.document;
  beforeAll(() => {
    global.document = parsed.document;
  });
  afterAll(() => {
    global.document = before;
  });
  return parsed;
}
