/**
 * The blind-labelled news corpus (`test/corpus/`): pages written and labelled by someone who never
 * saw the matcher's output, and the code that reads them. Labels are listed in document order;
 * each is located in the page's visible text (the same block text the scanner reads), so the
 * labeller never writes offsets by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { readBlocks } from '../../lib/dom/blocks';
import { createClassifier, styleAttributeDisplay } from '../../lib/dom/classify';
import { BLOCK_SEPARATOR } from '../../lib/dom/static-scan';
import { projectRoot } from './build';

export const corpusDir = resolve(projectRoot, 'test/corpus');

const Label = z.object({
  /** The mention exactly as it appears on the page. */
  text: z.string().min(1),
  /** The KB entity it names, or null for a namesake that must link to nothing. */
  entity: z.string().nullable(),
  /** Index (in this list) of the mention this one sits inside, for nested mentions. */
  parent: z.number().int().nonnegative().optional(),
  /** An event named in the writer's own words rather than a set name. */
  paraphrase: z.boolean().optional(),
  /** For namesakes: which kind of namesake (see test/corpus/README.md). */
  namesake: z.string().optional(),
  /** For namesakes: the KB entity a careless matcher would link it to. */
  not: z.string().optional(),
  /** An epithet or role phrase ("the field marshal") standing for a person. */
  epithet: z.boolean().optional(),
  note: z.string().optional(),
});
export type CorpusLabel = z.infer<typeof Label>;

const LabelFile = z.object({
  page: z.string(),
  style: z.string(),
  mentions: z.array(Label),
});

export interface LocatedLabel extends CorpusLabel {
  start: number;
  end: number;
}

export interface CorpusPage {
  page: string;
  style: string;
  /** The visible text, blocks joined by a blank line, as the scanner reads it. */
  text: string;
  labels: LocatedLabel[];
  /** Labels that could not be found where the list order says they should be. */
  unresolved: string[];
}

/** The page's visible text as `scanStatic` reads it. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const texts: string[] = [];
  for (const block of readBlocks(
    document,
    createClassifier(() => false, styleAttributeDisplay),
  ))
    texts.push(block.text);
  return texts.join(BLOCK_SEPARATOR);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** The first whole-word occurrence of `needle` in `text` at or after `from`. */
function findWord(text: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const wordStart = !isWordChar(needle[0]) || !isWordChar(before);
    const wordEnd = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (wordStart && wordEnd) return at;
  }
  return -1;
}

/**
 * Places each label in the text: a top-level label is searched after the end of the previous
 * top-level label, a nested one inside its parent.
 */
export function locateLabels(text: string, labels: CorpusLabel[]) {
  const located: LocatedLabel[] = [];
  const unresolved: string[] = [];
  let cursor = 0;
  labels.forEach((label, i) => {
    const parent = label.parent === undefined ? undefined : located[label.parent];
    if (label.parent !== undefined && (label.parent >= i || !parent)) {
      unresolved.push(`#${i} "${label.text}": parent #${label.parent} must come before it and be found`);
      located.push({ ...label, start: -1, end: -1 });
      return;
    }
    const from = parent ? parent.start : cursor;
    const at = findWord(text, label.text, from);
    if (at < 0 || (parent && at + label.text.length > parent.end)) {
      unresolved.push(
        `#${i} "${label.text}" not found ${parent ? `inside #${label.parent}` : 'after the previous label'}`,
      );
      located.push({ ...label, start: -1, end: -1 });
      return;
    }
    located.push({ ...label, start: at, end: at + label.text.length });
    if (!parent) cursor = at + label.text.length;
  });
  return { located, unresolved };
}

/**
 * Every page of the corpus with its labels placed in its text. A second labelling of corpus pages
 * keeps only its `labels/` and reads the pages from the corpus itself (`pagesDir`).
 */
export function readCorpus(dir = corpusDir, pagesDir = join(dir, 'pages')): CorpusPage[] {
  const labelDir = join(dir, 'labels');
  return readdirSync(labelDir)
    .filter((f) => f.endsWith('.json'))
    .toSorted()
    .map((file) => {
      const parsed = LabelFile.parse(JSON.parse(readFileSync(join(labelDir, file), 'utf8')));
      const text = visibleText(readFileSync(join(pagesDir, parsed.page), 'utf8'));
      const { located, unresolved } = locateLabels(text, parsed.mentions);
      return { page: parsed.page, style: parsed.style, text, labels: located, unresolved };
    });
}
