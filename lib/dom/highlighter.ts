/**
 * Drawing mentions with the CSS Custom Highlight API: the page's DOM is never touched. Actors
 * and events are separate highlights (`backstory-actor`, `backstory-event`) so each has its own
 * look; the look itself comes from a constructed style sheet chosen for light or dark pages,
 * adopted by the document and by every shadow root that holds mentions.
 */
export const ACTOR_HIGHLIGHT = 'backstory-actor';
export const EVENT_HIGHLIGHT = 'backstory-event';
export const FLASH_HIGHLIGHT = 'backstory-flash';
/** Claims the reader marked, found again on the page; doubtful anchors are drawn differently. */
export const CLAIM_HIGHLIGHT = 'backstory-claim';
export const DOUBTFUL_CLAIM_HIGHLIGHT = 'backstory-claim-doubtful';

export type HighlightStyle = 'underline' | 'background' | 'off';

/** The rules for a style on a light or dark page. */
export function highlightCss(style: HighlightStyle, dark: boolean): string {
  const actor = dark ? '#8ab4f8' : '#1a5fb4';
  const event = dark ? '#f2b36d' : '#a04d00';
  const flash = `::highlight(${FLASH_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.55)' : 'rgba(255, 200, 0, 0.55)'}; }
::highlight(${CLAIM_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.28)' : 'rgba(255, 221, 87, 0.45)'}; }
::highlight(${DOUBTFUL_CLAIM_HIGHLIGHT}) { background-color: ${dark ? 'rgba(255, 214, 102, 0.14)' : 'rgba(255, 221, 87, 0.22)'}; text-decoration: underline wavy ${dark ? '#f28b82' : '#b3261e'}; }`;
  if (style === 'off') return flash;
  if (style === 'background') {
    const tint = (color: string) =>
      `background-color: color-mix(in srgb, ${color} ${dark ? 32 : 18}%, transparent);`;
    return `::highlight(${ACTOR_HIGHLIGHT}) { ${tint(actor)} }
::highlight(${EVENT_HIGHLIGHT}) { ${tint(event)} }
${flash}`;
  }
  // An actor inside an event ("US" in "US strikes on Iran") is underlined closer to the text than
  // the event around it, so both lines show where they overlap.
  const line = (color: string, kind: string, offset: number) =>
    `text-decoration: underline ${kind} ${color}; text-decoration-thickness: 2px; text-underline-offset: ${offset}px;`;
  return `::highlight(${ACTOR_HIGHLIGHT}) { ${line(actor, 'solid', 2)} }
::highlight(${EVENT_HIGHLIGHT}) { ${line(event, 'dotted', 6)} }
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

export class Highlighter {
  readonly actor: Highlight;
  readonly event: Highlight;
  readonly flash: Highlight;
  readonly claim: Highlight;
  readonly doubtfulClaim: Highlight;
  private sheet: CSSStyleSheet;
  private scopes = new Set<Document | ShadowRoot>();

  constructor(
    private readonly doc: Document,
    style: HighlightStyle,
  ) {
    this.actor = new Highlight();
    this.event = new Highlight();
    // Where an actor sits inside an event, the actor's look is painted over the event's.
    this.actor.priority = 1;
    this.flash = new Highlight();
    this.claim = new Highlight();
    this.doubtfulClaim = new Highlight();
    this.sheet = new CSSStyleSheet();
    this.setStyle(style);
    this.adopt(doc);
    this.register();
  }

  /** Picks the palette from the page's background, then applies the user's style. */
  setStyle(style: HighlightStyle) {
    this.sheet.replaceSync(highlightCss(style, this.pageIsDark()));
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
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    for (const scope of this.scopes) if (!scope.adoptedStyleSheets.includes(this.sheet)) this.adopt(scope);
  }

  private named(): [string, Highlight][] {
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
    for (const [name, highlight] of this.named()) if (registry.get(name) === highlight) registry.delete(name);
    for (const scope of this.scopes)
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.scopes.clear();
  }
}
