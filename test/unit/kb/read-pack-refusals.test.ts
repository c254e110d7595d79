import { describe, expect, it } from 'vitest';
import { PackReader } from '@/lib/kb/read-pack';
import { ImportError } from '@/lib/import/errors';

/** The refusal a file gets when offered under Knowledge packs. */
function refusal(text: string): string {
  try {
    const reader = new PackReader();
    reader.push(text);
    reader.finish();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

const MARKDOWN = '---\ntitle: Claims\n---\n\n# Claims marked with Backstory\n\n> a quote\n';
const CSV = 'created,label,status,quote\n2026-01-01,claim,,a quote\n';

describe('Knowledge packs: a claims export offered as a pack', () => {
  it.each([
    ['Markdown', MARKDOWN],
    ['CSV', CSV],
    ['spreadsheet', 'a;b;c\n1;2;3\n'],
  ])('a %s file is refused as no knowledge pack, without advice about claim imports', (_kind, text) => {
    const message = refusal(text);
    expect(message).toMatch(/not a knowledge pack/);
    // The claims importer's advice ("export your claims again … and choose that file") would
    // send the reader to choose a claims export here, which is refused too.
    expect(message).not.toMatch(/export your claims again|Backstory JSON|Backstory imports/);
    // One sentence.
    expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  it('a file that is no JSON at all is told a pack is a JSON file', () => {
    expect(refusal('hello there')).toBe('This file is not a JSON file; a knowledge pack is a JSON file.');
  });
});
