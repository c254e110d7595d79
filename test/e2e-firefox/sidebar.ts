/**
 * Firefox's sidebar, seen from both sides: the browser window (chrome scope) says what it shows;
 * another extension page reaches the sidebar's document itself.
 *
 * BiDi lists only tabs, and input actions target only tabs, so the sidebar's document is driven
 * from a background tab of the extension through `extension.getViews({ type: 'sidebar' })`: the
 * sidebar is the real one in the window, but clicks and typing there are DOM events (`click()`,
 * `input`), not OS-level input.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './harness';

export interface SidebarState {
  open: boolean;
  /** The sidebar Firefox shows, e.g. `<widget id>-sidebar-action` for an extension's. */
  commandId: string | null;
  /** The page inside it. */
  url: string | null;
  width: number;
  height: number;
}

/** The window's sidebar, as `SidebarController` (browser.xhtml) and its panel browser report it. */
export function sidebarState(session: FirefoxSession): Promise<SidebarState> {
  return session.chrome(`(() => {
    const outer = SidebarController.browser;
    const panel = outer?.contentDocument?.getElementById('webext-panels-browser');
    const box = outer?.getBoundingClientRect();
    return {
      open: SidebarController.isOpen,
      commandId: SidebarController.currentID || null,
      url: panel?.currentURI?.spec ?? null,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
    };
  })()`);
}

/**
 * Runs `fn` with the sidebar's window, from `driver` (an extension page in a tab). `fn` is sent
 * as source text, so it must use nothing but its arguments.
 */
export async function inSidebar<R, A = undefined>(
  driver: Page,
  fn: (view: Window & typeof globalThis, arg: A) => R,
  arg?: A,
): Promise<Awaited<R>> {
  return (await driver.evaluate(`(async () => {
    const views = chrome.extension.getViews({ type: 'sidebar' });
    if (views.length !== 1) throw new Error('Expected one sidebar view, found ' + views.length);
    return (${fn.toString()})(views[0], ${JSON.stringify(arg) ?? 'undefined'});
  })()`)) as Awaited<R>;
}

/** Clicks the first button in the sidebar whose text (or aria-label) starts with `name`. */
export function clickInSidebar(driver: Page, name: string, within = 'body'): Promise<boolean> {
  return inSidebar(
    driver,
    (view, [label, scope]) => {
      const buttons = [...view.document.querySelectorAll(`${scope} button`)] as HTMLButtonElement[];
      const button = buttons.find((b) =>
        (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith(label),
      );
      button?.click();
      return button !== undefined;
    },
    [name, within] as const,
  );
}

/** Types `text` into the sidebar's search box as one input event. */
export function searchInSidebar(driver: Page, text: string): Promise<void> {
  return inSidebar(
    driver,
    (view, query) => {
      const box = view.document.querySelector<HTMLInputElement>('input[type=search]');
      if (!box) throw new Error('No search box in the sidebar');
      box.value = query;
      box.dispatchEvent(new view.InputEvent('input', { bubbles: true }));
    },
    text,
  );
}

/** The sidebar's visible text. */
export function sidebarText(driver: Page, selector = 'body'): Promise<string> {
  return inSidebar(
    driver,
    (view, s) => (view.document.querySelector(s) as HTMLElement | null)?.innerText ?? '',
    selector,
  );
}
