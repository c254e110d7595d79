/**
 * Whether something a page shows the side panel has changed since it was last told: the content
 * script tells the panel (through the background) only then, so a page that keeps changing in
 * ways the panel does not show sends nothing.
 */
export class ChangeNews<T> {
  private last: string | undefined;

  /** `key` reduces a state to what the panel shows of it; `tell` sends the news. */
  constructor(
    private readonly key: (state: T) => string,
    private readonly tell: () => void,
  ) {}

  /** Records the state as it is now; tells if what the panel shows of it differs from the last report. */
  report(state: T): void {
    const key = this.key(state);
    if (key === this.last) return;
    this.last = key;
    this.tell();
  }
}
