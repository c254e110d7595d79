/**
 * What an import's preview says as it is planned: the counts, the problem lines (at most
 * `MAX_PROBLEMS`, the file's own words shown without what hides or reorders them) and the first
 * few names the file's claims carry as their author. `ImportPlanner` decides; this only keeps score.
 */
import type { Issue } from '../result';
import { visibleWords } from '../visible-text';
import type { ReadResult } from './read';
import type { SamePassageChoice } from './same-passage';
import { MAX_AUTHORS, MAX_PROBLEMS, noCounts, type ImportPreview } from './plan-shape';

/** The counts, problems and authors of one import, and the preview they make. */
export class PreviewTally {
  readonly counts = noCounts();
  private readonly problems: Issue[] = [];
  /** The first few distinct names the file's claims carry as their author, and whether there are more. */
  private readonly authors = new Set<string>();
  private moreAuthors = false;

  /** Problems quote the file's own text (keys, ids): shown without what hides or reorders it. */
  problem(issue: Issue): void {
    if (this.problems.length < MAX_PROBLEMS)
      this.problems.push({ path: visibleWords(issue.path, 300), message: visibleWords(issue.message, 300) });
  }

  /** A name a file's claim carries as its author, kept for the preview while there are few. */
  author(name: string | undefined): void {
    if (name === undefined || this.authors.has(name)) return;
    if (this.authors.size < MAX_AUTHORS) this.authors.add(name);
    else this.moreAuthors = true;
  }

  preview(read: Pick<ReadResult, 'format' | 'notes' | 'settings'>, choice: SamePassageChoice): ImportPreview {
    return {
      format: read.format,
      counts: { ...this.counts },
      samePassage: choice,
      problems: [...read.notes, ...this.problems].slice(0, MAX_PROBLEMS),
      hasSettings: read.settings !== undefined,
      // A name can hide a difference ("Alice" with a zero-width space): shown as codes.
      authors: [...this.authors].map((name) => visibleWords(name, 80)),
      moreAuthors: this.moreAuthors,
    };
  }
}
