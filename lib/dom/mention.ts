/**
 * One mention on a live page, as the content script records it: where it is in its block, what
 * alias or phrase found it, what it links to now, and the mentions inside it ("US" inside "US
 * strikes on Iranian nuclear facilities"), each with its own link.
 */
import type { RawMatch } from '../match/matcher';
import type { PhraseLink } from '../match/phrase-link';
import { blockText, locateInBlock, type TextBlock } from './blocks';
import type { OwnHighlight } from './highlighter';

function rangeIn(block: TextBlock, start: number, end: number): StaticRange {
  const a = locateInBlock(block, start);
  const b = locateInBlock(block, end, true);
  return new StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

/** One alias found at a mention's start, and its end. */
export interface AliasSpan {
  end: number;
  /** The alias, or -1 for a phrase a recogniser found (see `Mention.phrase`). */
  alias: number;
  /**
   * Made when first needed: most mentions of a long page are never drawn, and a 10 MB page
   * would otherwise hold some 300,000 ranges.
   */
  range?: StaticRange;
}

/**
 * The flags few mentions have (`phrase`, `bearer`, `open`) are `declare`d: a class field is a
 * slot in every instance (4 bytes each, on thousands of mentions), where one added later costs
 * the few that have it. The rest stay fields: mentions of many shapes would make the code that
 * reads them polymorphic.
 */
export class Mention {
  /** The linked entity's index, or -1 while unlinked. */
  entity = -1;
  /** The highlight the range is in now, if it is drawn. */
  drawnIn?: OwnHighlight;
  /** What is linked now: the primary, or the fallback while the primary cannot link. */
  linked: AliasSpan;
  /** Mentions inside this one, in order of their start. */
  inner?: Mention[];
  /** The mention this one is inside. */
  parent?: Mention;
  /** How a phrase found by a recogniser may link (an event in other words, a role phrase). */
  declare phrase?: PhraseLink;
  /** Another person with a KB surname ("Nawaz Sharif"): never linked (the matcher leaves a bare surname after it in its block unlinked too). */
  declare bearer?: true;
  /** A bare surname with no full name before it in its block (see context.ts). */
  declare open?: true;
  /** The section of the page it is in, once asked (see first-mentions.ts). */
  section?: Node;

  constructor(
    readonly block: TextBlock,
    /** Offset into the block's text. */
    readonly start: number,
    /** The longest match, which may need page context. */
    readonly primary: AliasSpan,
    /** A shorter alias at the same start that links by itself, used while the primary cannot. */
    readonly fallback?: AliasSpan,
  ) {
    this.linked = primary;
  }

  /** Offset into the block's text of the end of what is linked now. */
  get end(): number {
    return this.linked.end;
  }

  get alias(): number {
    return this.linked.alias;
  }

  /** The range linked now. */
  get range(): StaticRange {
    return (this.linked.range ??= rangeIn(this.block, this.start, this.linked.end));
  }

  /** The text linked now, as the page had it when the block was read. */
  get text(): string {
    return blockText(this.block, this.start, this.linked.end);
  }

  /** What the page context decides on: the primary alias or phrase and its flags. */
  get decidable() {
    return { alias: this.primary.alias, phrase: this.phrase, bearer: this.bearer, open: this.open };
  }
}

/** A mention (with those inside it) for a match of a block. */
export function mentionOf(block: TextBlock, m: RawMatch, parent?: Mention): Mention {
  const fallback = m.fallback && { end: m.fallback.end, alias: m.fallback.alias };
  const mention = new Mention(block, m.start, { end: m.end, alias: m.alias }, fallback);
  if (m.phrase) mention.phrase = m.phrase;
  if (m.bearer) mention.bearer = true;
  if (m.open) mention.open = true;
  if (parent) mention.parent = parent;
  if (m.inner) mention.inner = m.inner.map((inner) => mentionOf(block, inner, mention));
  return mention;
}

/** Each mention of a list and, right after it, those inside it. */
export function* withInner(mentions: readonly Mention[]): Generator<Mention> {
  for (const mention of mentions) {
    yield mention;
    if (mention.inner) yield* withInner(mention.inner);
  }
}

/**
 * The linked mention a point of the block's text is in: the innermost one that is linked ("US"
 * rather than the event around it), or the mention around it.
 */
export function innermostAt(mention: Mention, at: number): Mention | undefined {
  if (at < mention.start || at >= mention.primary.end) return undefined;
  for (const inner of mention.inner ?? []) {
    const found = innermostAt(inner, at);
    if (found) return found;
  }
  return mention.entity >= 0 && at < mention.end ? mention : undefined;
}
