/**
 * Code the benchmark runs inside pages, as source text: the platform floor, the RegExp and
 * mark.js baselines, and observers for long tasks and pointer timing. Kept as plain strings so
 * what runs in the page is exactly what is written here (no compiler helpers sneak in).
 */

/** Installed before any page script: records long tasks and pointer-move times from the start. */
export const OBSERVERS = `(() => {
  window.__bench = { longTasks: [], moves: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('pointermove', (e) => window.__bench.moves.push(e.timeStamp), { capture: true, passive: true });
})();`;

/** The floor: one TreeWalker pass over the page's text plus joining it, as any text tool must. */
export const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  const text = parts.join('');
  return { ms: performance.now() - t0, chars: text.length, nodes: parts.length };
})()`;

/**
 * The single-RegExp baseline doing Backstory's job: read the text, find every alias with one
 * case-insensitive alternation (longest first, whole words), and register a highlight per match.
 * \`matchMs\` is the RegExp alone, the most generous comparison.
 */
export function regexJob(aliases: readonly string[]): string {
  return `((aliases) => {
  const t0 = performance.now();
  const escaped = aliases.map((a) => a.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).sort((a, b) => b.length - a.length);
  const re = new RegExp('\\\\b(?:' + escaped.join('|') + ')\\\\b', 'gi');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [], starts = [], parts = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n); starts.push(length); parts.push(n.data); length += n.data.length; }
  const text = parts.join('');
  const at = (offset) => { let lo = 0, hi = starts.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; } return lo; };
  const t1 = performance.now();
  const found = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index, m.index + m[0].length);
  const t2 = performance.now();
  const highlight = new Highlight();
  for (let i = 0; i < found.length; i += 2) {
    const a = at(found[i]), b = at(found[i + 1] - 1);
    highlight.add(new StaticRange({ startContainer: nodes[a], startOffset: found[i] - starts[a], endContainer: nodes[b], endOffset: found[i + 1] - starts[b] }));
  }
  CSS.highlights.set('bench-regex', highlight);
  return { ms: performance.now() - t0, matchMs: t2 - t1, matches: found.length / 2 };
})(${JSON.stringify(aliases)})`;
}

/**
 * mark.js (already injected) highlighting the same names, keyword batch by keyword batch, until
 * it is done or has used \`capMs\`: a capped run gives a lower bound on its time.
 */
export function markJsJob(aliases: readonly string[], capMs: number): string {
  return `((aliases, capMs) => {
  const options = { separateWordSearch: false, diacritics: false, accuracy: 'exactly' };
  const instance = new Mark(document.body);
  const t0 = performance.now();
  let done = 0, matches = 0;
  for (let i = 0; i < aliases.length; i += 25) {
    const batch = aliases.slice(i, i + 25);
    instance.mark(batch, { ...options, each: () => matches++ });
    done += batch.length;
    if (performance.now() - t0 > capMs) break;
  }
  return { ms: performance.now() - t0, done, total: aliases.length, matches };
})(${JSON.stringify(aliases)}, ${capMs})`;
}

/** Backstory's User Timing marks so far, by name (first of each). */
export const MARKS = `(() => {
  const out = {};
  for (const m of performance.getEntriesByType('mark')) {
    if (!m.name.startsWith('backstory:')) continue;
    (out[m.name.slice(10)] ??= []).push({ t: m.startTime, detail: m.detail ?? null });
  }
  return out;
})()`;
