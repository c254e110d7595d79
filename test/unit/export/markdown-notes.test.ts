/**
 * Markdown for note apps, checked with a real CommonMark renderer (micromark, with GitHub's
 * extensions for autolinks, tables and strikethrough): prose reads as written, nothing from a
 * page becomes markup, tags are tags, and the front matter is what Obsidian reads.
 */
import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { strFromU8, unzipSync } from 'fflate';
import { assert, property, string } from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityInfo } from '@/lib/export/entities';
import { escapeMarkdown, noteTag, toMarkdown, toMarkdownFiles } from '@/lib/export/markdown';
import { zipFiles } from '@/lib/export/zip';
import { savedClaim } from '../claims/claim-fixture';

const info: EntityInfo = (id) =>
  ({ 'asim-munir': { label: 'Asim Munir', kind: 'person' as const } })[id] ?? {
    label: id,
    kind: 'event' as const,
  };

const render = (md: string) =>
  micromark(md, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });

/** The elements of rendered Markdown, and its text. */
function rendered(md: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${render(md)}</body></html>`);
  return {
    tags: [...document.body.querySelectorAll('*')].map((e) => e.localName),
    text: document.body.textContent!.trim(),
  };
}

const body = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('escapeMarkdown', () => {
  it('leaves ordinary prose as written', () => {
    for (const prose of [
      'Abraham Accords 2.0: what changed?',
      'He said: "We will talk (again)!" — 50% of them agreed.',
      'US-Pakistan ties, 2025; snake_case and e.g. it’s fine.',
      'The rate rose 3.5% to 1,200 + 40 = 1,240.',
    ])
      expect(escapeMarkdown(prose)).toBe(prose);
  });

  it('escapes what would become markup, and it renders as the text it was', () => {
    const cases = [
      '# Not a heading',
      '> not a quote',
      '- not a list',
      '+ not a list',
      '1. not a list',
      '2) not a list',
      '---',
      '===',
      '*not emphasis* and __not strong__',
      '[not a link](https://evil.example)',
      '![not an image](https://evil.example/x.png)',
      '`not code`',
      '<b>not html</b> <https://evil.example>',
      'visit https://evil.example or www.evil.example or mail x@evil.example',
      '&lt; stays as written &amp;',
      '~~not struck~~',
      '| a | b |',
    ];
    for (const text of cases) {
      const shown = rendered(escapeMarkdown(text));
      expect({ text, tags: shown.tags, shown: shown.text }).toEqual({ text, tags: ['p'], shown: text });
    }
  });

  it('escapes the note apps’ own markup: tags, math, highlights, comments, wiki links, properties', () => {
    expect(escapeMarkdown('#breaking news')).toBe('\\#breaking news');
    expect(escapeMarkdown('rated #1 by #readers')).toBe('rated \\#1 by \\#readers');
    expect(escapeMarkdown('cost $5 and $6')).toBe('cost \\$5 and \\$6');
    expect(escapeMarkdown('==marked==')).toBe('\\==marked\\==');
    expect(escapeMarkdown('%%hidden%%')).toBe('\\%%hidden\\%%');
    expect(escapeMarkdown('[[Wiki]]')).toBe('\\[\\[Wiki\\]\\]');
    expect(escapeMarkdown('status:: done')).toBe('status\\:: done');
    // A # inside a word or before a space is not a tag.
    expect(escapeMarkdown('C# and F #')).toBe('C# and F #');
  });

  it('shows any text as written and yields nothing but a paragraph (property)', () => {
    assert(
      property(string({ unit: 'grapheme-ascii', maxLength: 60 }), (text) => {
        const line = text.replace(/\r\n?|\n/g, ' ').trim();
        // CommonMark turns NUL into U+FFFD and has no way to show a line of only spaces.
        if (!line || line.includes('\0')) return;
        const shown = rendered(escapeMarkdown(text));
        expect(shown.tags).toEqual(['p']);
        expect(shown.text).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('noteTag', () => {
  it('makes working Obsidian and Logseq tags', () => {
    expect(noteTag('us-pakistan')).toBe('us-pakistan');
    expect(noteTag('US Pakistan talks')).toBe('US-Pakistan-talks');
    expect(noteTag('#gaza/ceasefire')).toBe('gaza/ceasefire');
    expect(noteTag('what? (maybe)')).toBe('what-maybe');
    expect(noteTag('2025')).toBeUndefined();
    expect(noteTag('!!!')).toBeUndefined();
  });

  it('keeps words apart at dashes of any kind and at spaces, and never gives an empty tag', () => {
    expect(noteTag('US–Pakistan')).toBe('US-Pakistan'); // en dash
    expect(noteTag('Gaza—ceasefire')).toBe('Gaza-ceasefire'); // em dash
    expect(noteTag('US – Pakistan — talks')).toBe('US-Pakistan-talks');
    expect(noteTag('cost−benefit')).toBe('cost-benefit'); // minus sign
    expect(noteTag('  peace   talks ')).toBe('peace-talks');
    for (const punctuation of ['–—', ' – ', '-', '…?!', '—/—']) expect(noteTag(punctuation)).toBeUndefined();
  });

  it('writes a dashed tag as one working tag in the note', () => {
    const md = toMarkdown([savedClaim({ tags: ['US–Pakistan', '–—'] })], info, {
      grouping: 'page',
      now: new Date('2025-11-21T00:00:00Z'),
    });
    expect(body(md)).toContain('Tags: #US-Pakistan\n');
    expect(md).not.toMatch(/^Tags:.*#(?:\s|$)/m);
  });
});

describe('Markdown labels', () => {
  it('names each label as Backstory shows it, in one note and in notes per page', () => {
    const labelled = (['claim', 'evidence', 'disputed'] as const).map((label, i) =>
      savedClaim({
        id: `2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b0${i}`,
        url: `https://www.dawn.com/news/${i}`,
        label,
      }),
    );
    const now = new Date('2025-11-21T00:00:00Z');
    const notes = [
      toMarkdown(labelled, info, { grouping: 'page', now }),
      ...toMarkdownFiles(labelled, info, { now }).map((f) => f.content),
    ].join('\n');
    for (const name of ['Claim', 'Evidence', 'Disputed']) expect(notes).toContain(`**${name}** · marked`);
    expect(notes).not.toMatch(/\*\*(?:claim|evidence|disputed)\*\*/);
    expect(rendered(toMarkdown(labelled, info, { grouping: 'page', now })).text).toContain(
      'Evidence · marked',
    );
  });
});

describe('Markdown export for note apps', () => {
  const claims = [
    savedClaim({
      tags: ['us-pakistan', 'Abraham Accords 2.0'],
      note: 'Abraham Accords 2.0: see page 3, U.S. view.',
    }),
    savedClaim({ id: '2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02', tags: ['lunch'], note: '' }),
  ];

  it('writes YAML front matter with tags as a list, source, title, author, published and created', () => {
    const [file] = toMarkdownFiles(claims, info, { now: new Date('2025-11-21T08:00:00Z') });
    expect(file!.name).toBe('munir-lunches-with-trump.md');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(file!.content)![1];
    expect(front).toBe(
      [
        'title: "Munir lunches with Trump"',
        'source: "https://news.example/world/munir-lunch"',
        'author:',
        '  - "A. Reporter"',
        'published: 2025-06-19',
        'created: "2025-11-21T08:00:00.000Z"',
        'site: "News Example"',
        'tags:',
        '  - "us-pakistan"',
        '  - "Abraham-Accords-20"',
        '  - "lunch"',
        'claims: 2',
      ].join('\n'),
    );
  });

  it('writes tags that parse as tags, and prose that reads as written', () => {
    const md = body(toMarkdown(claims, info, { grouping: 'page' }));
    expect(md).toContain('Tags: #us-pakistan #Abraham-Accords-20');
    expect(md).toContain('Abraham Accords 2.0: see page 3, U.S. view.');
    expect(md).not.toContain('\\.');
    // Obsidian's tag rule: # then letters, digits, _ - / and at least one non-digit.
    const tags = [...md.matchAll(/(?<=^|\s)#([\p{L}\p{N}_\-/]+)/gu)].map((m) => m[1]);
    expect(tags).toEqual(['us-pakistan', 'Abraham-Accords-20', 'lunch']);
    const html = render(md);
    expect(html).toContain('href="https://news.example/world/munir-lunch#:~:text=');
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
  });

  it('writes one note per page, zipped', () => {
    const other = savedClaim({
      id: '3b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03',
      url: 'https://other.example/story',
      page: { title: 'Munir lunches with Trump', siteName: 'Other', authors: [], published: null },
    });
    const files = toMarkdownFiles([...claims, other], info);
    expect(files.map((f) => f.name)).toEqual([
      'munir-lunches-with-trump.md',
      'munir-lunches-with-trump-2.md',
    ]);
    const unzipped = unzipSync(Uint8Array.from(atob(zipFiles(files)), (c) => c.charCodeAt(0)));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    expect(strFromU8(unzipped['munir-lunches-with-trump-2.md']!)).toBe(files[1]!.content);
    expect(files[1]!.content).toContain('author: []');
  });
});
