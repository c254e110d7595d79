/**
 * Markdown export for note-taking apps: YAML front matter (`title`, `source`, `author`,
 * `published`, `created`, `tags` as a list), then claims grouped by page or by actor/event,
 * each quote a blockquote with its note, its tags as working Obsidian/Logseq tags and a
 * text-fragment link back to it. One file for everything, or one file per page (`toMarkdownFiles`).
 * Only http(s) URLs (checked when claims are stored) are ever made into links; prose is escaped
 * by `markdown-text.ts`.
 */
import { claimLabelNames } from '../claims/constants';
import type { SavedClaim } from '../claims/schema';
import { textFragmentUrl } from '../claims/text-fragment';
import type { EntityInfo } from './entities';
import { escapeMarkdown, noteTag, yamlList, yamlScalar } from './markdown-text';

export { escapeMarkdown, noteTag } from './markdown-text';

export type MarkdownGrouping = 'page' | 'entity';

export interface MarkdownOptions {
  grouping: MarkdownGrouping;
  now?: Date;
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

const byCreated = (a: SavedClaim, b: SavedClaim) => a.created.localeCompare(b.created);

/** Every claim's tags as note tags, in first-seen order, without duplicates. */
function tagsOf(claims: readonly SavedClaim[]): string[] {
  return [...new Set(claims.flatMap((c) => c.tags.map((t) => noteTag(t) ?? t)))];
}

function claimBlock(claim: SavedClaim, info: EntityInfo): string[] {
  const lines = [`> ${escapeMarkdown(claim.selectors.quote.exact)}`, ''];
  const meta = [
    // The label's name as the reader sees it in Backstory, not its stored key.
    `**${claimLabelNames[claim.label]}**`,
    `marked ${claim.created.slice(0, 10)}`,
    `[open the quote](${linkTarget(textFragmentUrl(claim.url, claim.selectors.quote))})`,
  ];
  lines.push(meta.join(' · '), '');
  if (claim.note) {
    for (const paragraph of claim.note.split(/\n\s*\n/)) {
      const escaped = escapeMarkdown(paragraph);
      if (escaped) lines.push(escaped, '');
    }
  }
  const tags = claim.tags.flatMap((t) => noteTag(t) ?? []);
  if (tags.length > 0) lines.push(`Tags: ${tags.map((t) => `#${t}`).join(' ')}`, '');
  if (claim.entities.length > 0) {
    lines.push(`About: ${claim.entities.map((id) => escapeMarkdown(info(id)?.label ?? id)).join(', ')}`, '');
  }
  return lines;
}

function pageHeading(claim: SavedClaim, level: '#' | '##'): string[] {
  const page = claim.page;
  const title = page.title || claim.url;
  const byline = [page.siteName, page.authors.join(', '), page.published?.slice(0, 10)]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s!));
  return [
    `${level} [${escapeMarkdown(title)}](${linkTarget(claim.url)})`,
    '',
    ...(byline.length ? [byline.join(' · '), ''] : []),
  ];
}

/** Front matter for a note about one page. */
function pageFrontMatter(claims: readonly SavedClaim[], now: Date): string[] {
  const page = claims[0]!.page;
  return [
    '---',
    `title: ${yamlScalar(page.title || claims[0]!.url)}`,
    `source: ${yamlScalar(claims[0]!.url)}`,
    ...yamlList('author', page.authors),
    ...(page.published ? [`published: ${yamlScalar(page.published)}`] : []),
    `created: ${yamlScalar(now.toISOString())}`,
    ...(page.siteName ? [`site: ${yamlScalar(page.siteName)}`] : []),
    ...yamlList('tags', tagsOf(claims)),
    `claims: ${claims.length}`,
    '---',
    '',
  ];
}

/** All claims in one note. */
export function toMarkdown(
  claims: readonly SavedClaim[],
  info: EntityInfo,
  options: MarkdownOptions = { grouping: 'page' },
): string {
  const now = options.now ?? new Date();
  const pages = [...new Set(claims.map((c) => c.url))];
  const single = pages.length === 1 ? claims.find((c) => c.url === pages[0])! : undefined;
  const authors = single ? single.page.authors : [];
  const lines = [
    '---',
    `title: ${yamlScalar('Claims marked with Backstory')}`,
    ...(single ? [`source: ${yamlScalar(single.url)}`] : []),
    ...yamlList('author', authors),
    ...(single?.page.published ? [`published: ${yamlScalar(single.page.published)}`] : []),
    `created: ${yamlScalar(now.toISOString())}`,
    ...yamlList('tags', tagsOf(claims)),
    `claims: ${claims.length}`,
    `grouped_by: ${yamlScalar(options.grouping === 'page' ? 'page' : 'actor or event')}`,
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
    const members = groups.get(key)!.toSorted(byCreated);
    if (options.grouping === 'page') lines.push(...pageHeading(members[0]!, '##'));
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

/** A file name from a page title: letters, digits and dashes, at most 80 characters. */
function fileStem(claim: SavedClaim): string {
  const stem = (claim.page.title || new URL(claim.url).hostname)
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return stem || 'page';
}

/** One note per page, named after the page's title (numbered when two titles agree). */
export function toMarkdownFiles(
  claims: readonly SavedClaim[],
  info: EntityInfo,
  options: { now?: Date } = {},
): { name: string; content: string }[] {
  const now = options.now ?? new Date();
  const pages = new Map<string, SavedClaim[]>();
  for (const claim of claims) pages.set(claim.url, [...(pages.get(claim.url) ?? []), claim]);
  const used = new Map<string, number>();
  return [...pages.keys()].toSorted().map((url) => {
    const members = pages.get(url)!.toSorted(byCreated);
    const stem = fileStem(members[0]!);
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    const lines = [...pageFrontMatter(members, now), ...pageHeading(members[0]!, '#')];
    for (const claim of members) lines.push(...claimBlock(claim, info));
    return { name: `${n > 1 ? `${stem}-${n}` : stem}.md`, content: `${lines.join('\n').trimEnd()}\n` };
  });
}
