/**
 * Markdown export for note-taking apps: YAML front matter, then claims grouped by page or by
 * actor/event, each quote a blockquote with its note, tags and a text-fragment link back to it.
 * Page text and notes are escaped so nothing in them can become live HTML, a link, or a
 * `javascript:` anything: every character Markdown treats specially is backslash-escaped, and
 * only http(s) URLs (checked when claims are stored) are ever made into links.
 */
import type { SavedClaim } from '../claims/schema';
import { textFragmentUrl } from '../claims/text-fragment';
import type { EntityInfo } from './entities';

export type MarkdownGrouping = 'page' | 'entity';

/** Escapes text so Markdown shows it as written (no HTML, emphasis, links or headings). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&=:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, ' ')
    .trim();
}

/**
 * A link destination Markdown cannot misread: angle-bracketed, with brackets, whitespace and
 * control characters encoded. A raw line break would end the destination and start a new line
 * of Markdown (where `[x](javascript:…)` is a live link); the claim schema refuses such URLs,
 * and this keeps the export safe for any claim it is handed.
 */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s\p{Cc}]/gu, (c) => encodeURIComponent(c))}>`;
}

/** A YAML scalar: JSON strings are valid YAML double-quoted strings. */
const yaml = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function claimBlock(claim: SavedClaim, info: EntityInfo): string[] {
  const lines = [`> ${escapeMarkdown(claim.selectors.quote.exact)}`, ''];
  const meta = [
    `**${claim.label}**`,
    `marked ${claim.created.slice(0, 10)}`,
    `[open the quote](${linkTarget(textFragmentUrl(claim.url, claim.selectors.quote))})`,
  ];
  lines.push(meta.join(' · '), '');
  if (claim.note) {
    for (const paragraph of claim.note.split(/\n\s*\n/)) lines.push(escapeMarkdown(paragraph), '');
  }
  if (claim.tags.length > 0)
    lines.push(`Tags: ${claim.tags.map((t) => `#${escapeMarkdown(t)}`).join(', ')}`, '');
  if (claim.entities.length > 0) {
    lines.push(`About: ${claim.entities.map((id) => escapeMarkdown(info(id)?.label ?? id)).join(', ')}`, '');
  }
  return lines;
}

function pageHeading(claim: SavedClaim): string[] {
  const page = claim.page;
  const title = page.title || claim.url;
  const byline = [page.siteName, page.authors.join(', '), page.published?.slice(0, 10)]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s!));
  return [
    `## [${escapeMarkdown(title)}](${linkTarget(claim.url)})`,
    '',
    ...(byline.length ? [byline.join(' · '), ''] : []),
  ];
}

export function toMarkdown(
  claims: readonly SavedClaim[],
  info: EntityInfo,
  options: { grouping: MarkdownGrouping; now?: Date } = { grouping: 'page' },
): string {
  const now = options.now ?? new Date();
  const lines = [
    '---',
    `title: ${yaml('Claims marked with Backstory')}`,
    `exported: ${yaml(now.toISOString())}`,
    `claims: ${yaml(claims.length)}`,
    `grouped_by: ${yaml(options.grouping === 'page' ? 'page' : 'actor or event')}`,
    '---',
    '',
    '# Claims marked with Backstory',
    '',
  ];
  const groups = new Map<string, SavedClaim[]>();
  const add = (key: string, claim: SavedClaim) => groups.set(key, [...(groups.get(key) ?? []), claim]);
  for (const claim of claims) {
    if (options.grouping === 'page') add(claim.url, claim);
    else if (claim.entities.length === 0) add('', claim);
    else for (const id of claim.entities) add(id, claim);
  }
  const keys = [...groups.keys()].toSorted((a, b) =>
    options.grouping === 'page'
      ? a.localeCompare(b)
      : (info(a)?.label ?? (a || '~')).localeCompare(info(b)?.label ?? (b || '~')),
  );
  for (const key of keys) {
    const members = groups.get(key)!.toSorted((a, b) => a.created.localeCompare(b.created));
    if (options.grouping === 'page') lines.push(...pageHeading(members[0]!));
    else
      lines.push(
        `## ${key ? escapeMarkdown(info(key)?.label ?? key) : 'Not linked to an actor or event'}`,
        '',
      );
    for (const claim of members) {
      if (options.grouping === 'entity') {
        lines.push(
          `### ${escapeMarkdown(claim.page.title || claim.url)} (${escapeMarkdown(new URL(claim.url).hostname)})`,
          '',
        );
      }
      lines.push(...claimBlock(claim, info));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
