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
  const line = (color: string, kind: string) =>
    `text-decoration: underline ${kind} ${color}; text-decoration-thickness: 1.5px; text-underline-offset: 0.22em;`;
  return `::highlight(${ACTOR_HIGHLIGHT}) { ${line(actor, 'dotted')} }
::highlight(${EVENT_HIGHLIGHT}) { ${line(event, 'dotted')} }
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
    scope: HighlightScope = 'first',
  ) {
    this.actor = new Highlight();
    this.event = new Highlight();
    this.flash = new Highlight();
    this.claim = new Highlight();
    this.doubtfulClaim = new Highlight();
    this.sheet = new CSSStyleSheet();
    this.setStyle(style, scope);
    this.adopt(doc);
    this.register();
  }

  /** Picks the palette from the page's background, then applies the user's style. */
  setStyle(style: HighlightStyle, scope: HighlightScope = 'first') {
    this.sheet.replaceSync(highlightCss(style, this.pageIsDark(), scope));
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
