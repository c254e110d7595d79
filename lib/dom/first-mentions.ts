/**
 * Quiet highlighting: of the mentions of one entity in one section of a page, only the first is
 * drawn (every mention still opens its card on hover). This keeps, per section and entity, the
 * linked mentions there and which comes first in the document, as mentions come and go.
 */
import { Mention } from './mention';
import { Sections } from './sections';

interface Group {
  /**
   * An array while small (a set costs some 80 bytes more), a set once it grows: a 10 MB text
   * node or a live blog in one section holds some 100,000 mentions of one entity, and looking
   * through an array of them for every mention added made recording quadratic (a 10 MB node's
   * 32 KB window took hundreds of milliseconds by its end).
   */
  all: Mention[] | Set<Mention>;
  /** Undefined while the group waits to find its first again (see `remove`). */
  first: Mention | undefined;
}

/**
 * A group of one mention (most groups: thousands on a 1 MB page) is kept as the mention itself,
 * its own first; a second makes it a `Group`. An object and an array for each cost some 50
 * bytes (heap snapshot of the 1 MB page).
 */
type Entry = Mention | Group;

/** A group this large keeps its mentions in a set (see `Group.all`). */
const GROUP_SET_SIZE = 64;

/** Adds a mention to a group's mentions (once), turning a grown array into a set. */
function addTo(group: Group, mention: Mention) {
  const all = group.all;
  if (all instanceof Set) all.add(mention);
  else if (!all.includes(mention)) {
    all.push(mention);
    if (all.length >= GROUP_SET_SIZE) group.all = new Set(all);
  }
}

/** Removes a mention from a group's mentions; false when it was not there. */
function removeFrom(group: Group, mention: Mention): boolean {
  const all = group.all;
  if (all instanceof Set) return all.delete(mention);
  const at = all.indexOf(mention);
  if (at >= 0) all.splice(at, 1);
  return at >= 0;
}

const sizeOf = (group: Group) => (group.all instanceof Set ? group.all.size : group.all.length);

/** Whether mention `a` comes before mention `b` in the document, asking the DOM. */
function inDocumentOrder(a: Mention, b: Mention): boolean {
  if (a.block === b.block || a.block.nodes[0] === b.block.nodes[0]) return a.start < b.start;
  const position = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
  return (position & 4) /* FOLLOWING */ !== 0;
}

export class FirstMentions {
  /** Off: every mention is drawable, and nothing is tracked (no cost on pages drawn in full). */
  enabled = false;
  private groups = new Map<Node, Map<number, Entry>>();
  private sections = new Sections();
  /** Groups whose first mention went; their next first is found once the current task's work is done. */
  private dirty = new Set<Group>();
  private flushQueued = false;

  constructor(
    private readonly undraw: (mention: Mention) => void,
    private readonly draw: (mention: Mention) => void,
    /** Whether one mention comes before another: the page's own record of block order when it has one. */
    private readonly precedes: (a: Mention, b: Mention) => boolean = inDocumentOrder,
  ) {}

  private entryOf(mention: Mention): Entry | undefined {
    return mention.section ? this.groups.get(mention.section)?.get(mention.entity) : undefined;
  }

  /** Whether a linked mention may be drawn: always, or when it is the first in its section. */
  drawable(mention: Mention): boolean {
    if (!this.enabled) return true;
    const entry = this.entryOf(mention);
    return (
      entry === mention || (entry !== undefined && !(entry instanceof Mention) && entry.first === mention)
    );
  }

  /** Adds a linked mention; when it comes first in its section, the one before it is undrawn. */
  add(mention: Mention) {
    if (!this.enabled || mention.entity < 0) return;
    const section = (mention.section ??= this.sections.of(mention.block.container));
    let byEntity = this.groups.get(section);
    if (!byEntity) this.groups.set(section, (byEntity = new Map()));
    const entry = byEntity.get(mention.entity);
    if (!entry) return void byEntity.set(mention.entity, mention);
    if (entry === mention) return;
    let group: Group;
    if (entry instanceof Mention)
      byEntity.set(mention.entity, (group = { all: [entry, mention], first: entry }));
    else {
      group = entry;
      addTo(group, mention);
    }
    if (this.dirty.has(group) || (group.first && !this.precedes(mention, group.first))) return;
    const previous = group.first;
    group.first = mention;
    if (previous) this.undraw(previous);
  }

  /**
   * Removes a mention (before its entity changes or its block goes). When it was the first, the
   * next first is found after the current batch of changes, once: a block of thousands of
   * mentions read again must not search the rest once per mention.
   */
  remove(mention: Mention) {
    if (!this.enabled || mention.entity < 0) return;
    const entry = this.entryOf(mention);
    if (entry === mention) return this.drop(mention);
    if (!entry || entry instanceof Mention) return;
    const group = entry;
    if (!removeFrom(group, mention)) return;
    if (sizeOf(group) === 0) {
      this.dirty.delete(group);
      return this.drop(mention);
    }
    if (group.first !== mention) return;
    group.first = undefined;
    this.dirty.add(group);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  /** Forgets the entry of a mention's entity in its section. */
  private drop(mention: Mention) {
    const byEntity = this.groups.get(mention.section!)!;
    byEntity.delete(mention.entity);
    if (byEntity.size === 0) this.groups.delete(mention.section!);
  }

  private flush() {
    this.flushQueued = false;
    const dirty = [...this.dirty];
    this.dirty.clear();
    for (const group of dirty) {
      let first: Mention | undefined;
      for (const other of group.all) if (!first || this.precedes(other, first)) first = other;
      group.first = first;
      if (first) this.draw(first);
    }
  }

  /** Forgets everything (a rescan, or the setting changed); sections are found afresh. */
  reset(enabled: boolean) {
    this.enabled = enabled;
    this.groups = new Map();
    this.dirty.clear();
    this.sections.reset();
  }
}
