/**
 * Accessibility checks in end-to-end tests: axe-core (vendored from npm) on extension pages and
 * on the open card, and the browser's own accessibility tree. The card lives in a closed shadow
 * root that axe cannot enter by itself: the test lends it the root (DevTools protocol) for the
 * structural rules, and checks colour contrast on a faithful copy in an open root, since axe
 * measures contrast through hit tests that stop at a closed root.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { bounded, callOnOwnShadow } from '../../scripts/lib/own-ui';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, and axe's best practices. */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
  any: { message: string; data?: unknown }[];
}
interface AxeRule {
  id: string;
  impact?: string;
  nodes: AxeNode[];
}
interface AxeReport {
  violations: AxeRule[];
  incomplete: AxeRule[];
}

/**
 * One line per problem: every violation, and every contrast check axe could not finish
 * ("incomplete" colour contrast is a contrast nobody checked) — except for glyphs that are not
 * text (✕, ⋯ in icon buttons, hidden from assistive technology and drawn in the text colour).
 */
function problems(report: AxeReport): string[] {
  const line = (rule: AxeRule, node: AxeNode, detail: string) =>
    `${rule.id}${rule.impact ? ` (${rule.impact})` : ''}: ${node.target.join(' ')} — ${detail.replace(/\s+/g, ' ').trim()}`;
  return [
    ...report.violations.flatMap((rule) => rule.nodes.map((n) => line(rule, n, n.failureSummary ?? ''))),
    ...report.incomplete
      .filter((rule) => rule.id === 'color-contrast')
      .flatMap((rule) =>
        rule.nodes
          .filter(
            (n) =>
              !n.any.some((a) => (a.data as { messageKey?: string } | undefined)?.messageKey === 'nonBmp'),
          )
          .map((n) =>
            line(rule, n, n.any.map((a) => `${a.message} ${JSON.stringify(a.data ?? '')}`).join('; ')),
          ),
      ),
  ];
}

async function injectAxe(page: Page | Frame) {
  // Evaluated through the DevTools protocol, so an extension page's CSP does not apply.
  if (
    !(await bounded(
      page.evaluate(() => 'axe' in window),
      'the page, asked whether axe is there',
    ))
  )
    await bounded(page.evaluate(axeSource), 'the page, loading axe');
}

/** axe on a whole page (an extension page, or the claim form's frame): its problems, one line each. */
export async function axePage(page: Page | Frame): Promise<string[]> {
  await injectAxe(page);
  const report = await bounded(
    page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
          document,
          {
            runOnly: { type: 'tag', values: tags },
          },
        ),
      RULES,
    ),
    'axe, checking the page',
  );
  return problems(report as AxeReport);
}

/** axe on Backstory's open card (`.bs-popover`, or another panel), in place and, for contrast, on a copy. */
export async function axeCard(page: Page, selector = '.bs-popover'): Promise<string[]> {
  await injectAxe(page);
  const inPlace = await callOnOwnShadow<AxeReport>(
    page,
    `async function () {
      // Lend axe the closed root: it walks shadow roots through host.shadowRoot.
      Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true });
      try {
        return await axe.run(this.querySelector(${JSON.stringify(selector)}), {
          runOnly: { type: 'tag', values: ${JSON.stringify(RULES)} },
          rules: { 'color-contrast': { enabled: false } },
        });
      } finally {
        delete this.host.shadowRoot;
      }
    }`,
  );
  const copy = await callOnOwnShadow<{ css: string; html: string }>(
    page,
    `function () {
      const sheets = [...this.styleSheets, ...this.adoptedStyleSheets];
      const css = sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n');
      return { css, html: this.querySelector(${JSON.stringify(selector)}).outerHTML };
    }`,
  );
  let contrast: AxeReport = { violations: [], incomplete: [] };
  if (copy) {
    // A blank page of the same size and colour scheme, with nothing else in the way.
    const dark = await bounded(
      page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
      'the page, asked for its colour scheme',
    );
    const blank = await bounded(page.context().newPage(), 'the browser, opening a blank page for axe');
    try {
      await blank.setViewportSize(page.viewportSize() ?? { width: 1280, height: 900 });
      await blank.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await blank.setContent(
        '<!doctype html><html lang="en"><head><title>Copy</title></head><body></body></html>',
      );
      await injectAxe(blank);
      const height = await bounded(
        blank.evaluate(({ css, html }) => {
          const host = document.createElement('div');
          document.body.append(host);
          const root = host.attachShadow({ mode: 'open' });
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          root.adoptedStyleSheets = [sheet];
          // Test code copying Backstory's own markup, not page text.
          root.innerHTML = html;
          // Laid out at full length, so text the card would scroll to is measured too.
          const panel = root.firstElementChild as HTMLElement;
          panel.style.position = 'static';
          panel.style.transform = 'none';
          panel.style.maxHeight = 'none';
          // An open menu is measured in the flow, not over the text it would cover.
          for (const menu of root.querySelectorAll<HTMLElement>('[role="menu"]'))
            menu.style.position = 'static';
          return Math.ceil(panel.getBoundingClientRect().bottom) + 16;
        }, copy),
        'the blank page, laying out the copy of the card',
      );
      const { width } = blank.viewportSize()!;
      await blank.setViewportSize({ width, height: Math.max(height, 200) });
      contrast = (await bounded(
        blank.evaluate(() => {
          const host = document.body.lastElementChild!;
          return (
            window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
          ).axe.run(host.shadowRoot!.firstElementChild, { runOnly: ['color-contrast'] });
        }),
        'axe, checking contrast on the copy',
      )) as AxeReport;
    } finally {
      await bounded(blank.close(), 'the browser, closing the blank page');
    }
  }
  return [...(inPlace ? problems(inPlace) : ['no card to check']), ...problems(contrast)];
}

export interface AxNode {
  role: string;
  name: string;
}

/** The browser's accessibility tree for the page (its top frame): role and name of every node. */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}

/**
 * Text set below `min` pixels on a page: every visible element with text of its own, with its
 * computed font size. Extension pages must be readable at the browser's own sizes.
 */
export function smallText(page: Page | Frame, min = 13): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      if (!own || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('.sr-only')) continue;
      const size = parseFloat(style.fontSize);
      if (size < least)
        found.push(`${el.localName}.${el.className}: ${size}px “${el.textContent!.trim().slice(0, 30)}”`);
    }
    return found;
  }, min);
}
