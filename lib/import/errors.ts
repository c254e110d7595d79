/** A file Backstory will not read, with one plain sentence saying why and what to do. */
import type { Issue } from '../result';

export class ImportError extends Error {
  constructor(
    message: string,
    /** Where the problem is (JSON paths; `$` for the whole file). */
    readonly issues: Issue[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
