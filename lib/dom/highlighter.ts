/**
 * Drawing mentions with the CSS Custom Highlight API: the page's DOM is never touched. Actors
 * and events are separate highlights (`backstory-actor`, `backstory-event`) so each has its own
 * look; the look itself comes from a constructed style sheet chosen for light or dark pages,
 * adopted by the document and by every shadow root that holds mentions.
 *
 * Highlights and adopted style sheets are shared with the page's scripts, which can read,
 * extend and rewrite them. So Backstory remembers which ranges it put in each highlight and
 * what its sheet says, and `verify` (run every second) takes out any range it did not add, puts
 * back any the page took out, and replaces a sheet the page changed with a fresh one. Only
 * immutable `StaticRange`s go into highlights, so a page cannot move one of Backstory's ranges.
 */
export const ACTOR_HIGHLIGHT = 'backstory-actor';
export const EVENT_HIGHLIGHT = 'backstory-event';
export const FLASH_HIGHLIGHT = 'backstory-flash';
/** Claims the reader marked, found again on the page; doubtful anchors are drawn differently. */
export const CLAIM_HIGHLIGHT = 'backstory-claim';
export const DOUBTFUL_CLAIM_HIGHLIGHT = 'backstory-claim-doubtful';

export type HighlightStyle = 'underline' | 'background' | 'off';
/** Which mentions are drawn; `none` draws no mentions at all (hover still opens cards). */
export type HighlightScope = 'first' | 'all' | 'none';

/**
 * The rules for a style on a light or dark page. Mentions are meant to be quiet: a thin dotted
 * underline in a muted tone, unlike the solid underline of a link, and a different hue for
 * events; on dark pages lighter tones, so they stay visible but still unlike the site's links.
 */
export function highlightCss(style: HighlightStyle, dark: boolean, scope: HighlightScope = 'first'): string {
  const actor = dark ? 'rgba(160, 185, 225, 0.85)' : 'rgba(60, 90, 140, 0.7)';
  const event = dark ? 'rgba(235, 185, 120, 0.85)' : 'rgba(150, 85, 10, 0.75)';
  const flash = `::highlight(${FLASH_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.55)' : 'rgba(255, 200, 0, 0.55)'}; }
::highlight(${CLAIM_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.28)' : 'rgba(255, 221, 87, 0.45)'}; }
::highlight(${DOUBTFUL_CLAIM_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.14)' : 'rgba(255, 221, 87, 0.22)'}; text-decoration: underline wavy ${dark ? '#f28b82' : '#b3261e'}; }`;
  if (style === 'off' || scope === 'none') return flash;
  if (style === 'background') {
    const tint = (color: string) =>
      `background-color: color-mix(in srgb, ${color} ${dark ? 30 : 16}%, transparent);`;
    return `::highlight(${ACTOR_HIGHLIGHT}) { ${tint(actor)} }
::highlight(${EVENT_HIGHLIGHT}) { ${tint(event)} }
${flash}`;
  }
  // Quiet: thin and dotted, unlike a link. An actor inside an event ("US" in "US strikes on
  // Iran") is underlined closer to the text than the event around it, so both lines show where
  // they overlap.
  const line = (color: string, kind: string, offset: string) =>
    `text-decoration: underline ${kind} ${color}; text-decoration-thickness: 1.5px; text-underline-offset: ${offset};`;
  return `::highlight(${ACTOR_HIGHLIGHT}) { ${line(actor, 'dotted', '0.15em')} }
::highlight(${EVENT_HIGHLIGHT}) { ${line(event, 'dotted', '0.4em')} }
${flash}`;
}

/** Whether a CSS colour like `rgb(20, 20, 20)` is dark. */
export function isDarkColor(color: string): boolean | undefined {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return undefined;
  if (parts.length >= 4 && parts[3] === 0) return undefined; // transparent: look further up
  const [r, g, b] = parts.map((v) => v / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
}

/**
 * One of Backstory's highlights, with the ranges Backstory put in it: the `Highlight` itself is
 * registered in `CSS.highlights`, where the page's scripts can add ranges of their own.
 */
export class OwnHighlight {
  readonly native = new Highlight();
  private readonly own = new Set<AbstractRange>();

  /** `priority`: which highlight paints over which where they overlap (kept against the page). */
  constructor(readonly priority = 0) {
    this.native.priority = priority;
  }

  add(range: StaticRange): void {
    this.own.add(range);
    this.native.add(range);
  }

  delete(range: AbstractRange): void {
    this.own.delete(range);
    this.native.delete(range);
  }

  clear(): void {
    this.own.clear();
    this.native.clear();
  }

  get size(): number {
    return this.own.size;
  }

  /**
   * Takes out every range Backstory did not add, puts back any a page removed, and resets what
   * a page may have changed about the highlight. `thorough` checks each of Backstory's ranges is
   * still there even when the counts agree (a page could swap one for its own). Returns whether
   * anything had to be put right.
   *
   * It never iterates the highlight itself: Firefox's content scripts cannot iterate a page
   * object. If the highlight holds anything but Backstory's ranges, it is refilled from them.
   */
  repair(thorough: boolean): boolean {
    const native = this.native;
    let tampered = false;
    if (native.priority !== this.priority) {
      native.priority = this.priority;
      tampered = true;
    }
    if (native.type !== 'highlight') {
      native.type = 'highlight';
      tampered = true;
    }
    let intact = native.size === this.own.size;
    if (intact && thorough)
      for (const range of this.own)
        if (!native.has(range)) {
          intact = false;
          break;
        }
    if (intact) return tampered;
    native.clear();
    for (const range of this.own) native.add(range);
    return true;
  }
}

/** What a style sheet says, as the browser reads it back, with its media and whether it is on. */
function sheetState(sheet: CSSStyleSheet): string {
  // By index: Firefox's content scripts cannot iterate a page object.
  const list = sheet.cssRules;
  const texts: string[] = [];
  for (let i = 0; i < list.length; i++) texts.push(list[i]!.cssText);
  const rules = texts.join('\n');
  return `${sheet.disabled ? 'off' : 'on'}|${sheet.media.mediaText}|${rules}`;
}

export class Highlighter {
  /** Where an actor sits inside an event ("US" in "US strikes on …"), the actor's look is painted over the event's. */
  readonly actor = new OwnHighlight(1);
  readonly event = new OwnHighlight();
  readonly flash = new OwnHighlight();
  readonly claim = new OwnHighlight();
  readonly doubtfulClaim = new OwnHighlight();
  private sheet: CSSStyleSheet;
  private css = '';
  private expected = '';
  private scopes = new Set<Document | ShadowRoot>();

  constructor(
    private readonly doc: Document,
    style: HighlightStyle,
    scope: HighlightScope = 'first',
  ) {
    this.sheet = new CSSStyleSheet();
    this.setStyle(style, scope);
    this.adopt(doc);
    this.register();
  }

  /** Picks the palette from the page's background, then applies the user's style. */
  setStyle(style: HighlightStyle, scope: HighlightScope = 'first') {
    this.css = highlightCss(style, this.pageIsDark(), scope);
    this.sheet.replaceSync(this.css);
    this.expected = sheetState(this.sheet);
  }

  private pageIsDark(): boolean {
    const view = this.doc.defaultView;
    if (!view) return false;
    for (const el of [this.doc.body, this.doc.documentElement]) {
      if (!el) continue;
      const dark = isDarkColor(view.getComputedStyle(el).backgroundColor);
      if (dark !== undefined) return dark;
    }
    // Transparent all the way up: the canvas is dark only under a dark colour scheme.
    const scheme = view.getComputedStyle(this.doc.documentElement).colorScheme;
    return scheme.includes('dark') && view.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /** Makes the rules apply inside a document or shadow root (styles do not cross shadow boundaries). */
  adopt(scope: Document | ShadowRoot) {
    if (!scope.adoptedStyleSheets.includes(this.sheet))
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
    this.scopes.add(scope);
  }

  /**
   * Puts the highlights (and style sheets) back if the page removed them, e.g. by clearing
   * `CSS.highlights` or replacing `adoptedStyleSheets`. Cheap enough to call on every batch.
   */
  register() {
    const registry = CSS.highlights;
    for (const [name, highlight] of this.named())
      if (registry.get(name) !== highlight.native) registry.set(name, highlight.native);
    for (const scope of this.scopes) if (!scope.adoptedStyleSheets.includes(this.sheet)) this.adopt(scope);
  }

  /**
   * Undoes what a page did to Backstory's highlights and style sheet (see the module comment).
   * The few claim (and flash) ranges are each checked every time; the mention highlights,
   * which can hold a hundred thousand ranges, only by count, so the check never becomes a long
   * task (a page that swaps a mention's underline for one of its own gains nothing: cards open
   * from Backstory's own record of mentions, not from the highlight). Returns true when
   * something had to be put right.
   */
  verify(): boolean {
    this.register();
    let tampered = false;
    for (const [, highlight] of this.named()) {
      const few = highlight === this.claim || highlight === this.doubtfulClaim || highlight === this.flash;
      if (highlight.repair(few)) tampered = true;
    }
    if (sheetState(this.sheet) !== this.expected) {
      // A page that holds the old sheet may keep changing it: swap in a new one it has not seen.
      const old = this.sheet;
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.css);
      this.expected = sheetState(this.sheet);
      for (const scope of this.scopes)
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets.filter((s) => s !== old), this.sheet];
      tampered = true;
    }
    return tampered;
  }

  private named(): [string, OwnHighlight][] {
    return [
      [ACTOR_HIGHLIGHT, this.actor],
      [EVENT_HIGHLIGHT, this.event],
      [FLASH_HIGHLIGHT, this.flash],
      [CLAIM_HIGHLIGHT, this.claim],
      [DOUBTFUL_CLAIM_HIGHLIGHT, this.doubtfulClaim],
    ];
  }

  /** Removes everything Backstory drew, for pausing or when the extension goes away. */
  dispose() {
    const registry = CSS.highlights;
    for (const [name, highlight] of this.named())
      if (registry.get(name) === highlight.native) registry.delete(name);
    for (const scope of this.scopes)
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.scopes.clear();
  }
}
