/**
 * The parts of Firefox's extension API the tests call from extension pages that WXT's
 * Chrome-based types lack (`sidebarAction`) or type as something else (`getViews` returns DOM
 * windows, and Firefox also has sidebar views). Code sent to a page is sent as source text, so it
 * reaches `browser` through a cast, never through a helper defined here.
 */
export interface FirefoxExtensionApi {
  extension: { getViews(filter: { type: 'tab' | 'popup' | 'sidebar' }): (Window & typeof globalThis)[] };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
}
