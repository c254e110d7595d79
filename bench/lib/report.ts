/**
 * The benchmark's outputs: `latest.json` (stable field names, for tracking progress),
 * `latest.md` (the table the README shows) and `latest.svg` (the chart).
 */
import type { Stat } from './stats';

export interface Target {
  /** `max`: the figure must not exceed `value`; `min`: it must reach it. */
  kind: 'max' | 'min';
  value: number;
  unit: string;
  what: string;
}

export const targets: Record<string, Target> = {
  scan_over_floor_1mb: {
    kind: 'max',
    value: 1.5,
    unit: '×',
    what: 'full scan ÷ floor, 1 MB page, seed KB (1k aliases)',
  },
  scan_over_floor_1mb_100k: {
    kind: 'max',
    value: 2,
    unit: '×',
    what: 'full scan ÷ floor, 1 MB page, 100k aliases',
  },
  markjs_over_scan_1mb_1k: {
    kind: 'min',
    value: 20,
    unit: '×',
    what: 'mark.js ÷ full scan, 1 MB, 1k aliases',
  },
  regex_over_scan_1mb_1k: {
    kind: 'min',
    value: 1,
    unit: '×',
    what: 'one RegExp (matching only) ÷ full scan, 1 MB, 1k aliases',
  },
  regex_job_over_scan_1mb_1k: {
    kind: 'min',
    value: 1,
    unit: '×',
    what: 'one RegExp doing the whole job (read, match, highlight) ÷ full scan, 1 MB, 1k aliases',
  },
  scan_50kb_seed_busy_ms: {
    kind: 'max',
    value: 8,
    unit: 'ms',
    what: 'work of a full scan of an ordinary 50 KB article, seed KB',
  },
  scan_100k_over_1k: {
    kind: 'max',
    value: 1.3,
    unit: '×',
    what: 'full scan with 100k aliases ÷ with 1k, 1 MB',
  },
  long_tasks_5mb: { kind: 'max', value: 0, unit: '', what: 'long tasks (> 50 ms) during the 5 MB scan' },
  long_tasks_feed: { kind: 'max', value: 0, unit: '', what: 'long tasks during the 10 s live feed' },
  longest_slice_extremes_ms: {
    kind: 'max',
    value: 50,
    unit: 'ms',
    what: 'longest scan slice, worst of a 10 MB text node, 100k text nodes, 10k-deep nesting',
  },
  hover_p95_ms: { kind: 'max', value: 50, unit: 'ms', what: 'pointer move → popover painted, p95 of 50' },
  reanchor_100_ms: { kind: 'max', value: 100, unit: 'ms', what: 're-anchoring 100 claims, 1 MB page' },
  heap_mb_seed: { kind: 'max', value: 5, unit: 'MB', what: 'JS heap added, 1 MB page, seed KB' },
  heap_mb_100k: { kind: 'max', value: 40, unit: 'MB', what: 'JS heap added, 1 MB page, 100k aliases' },
  content_script_kb_gzip: { kind: 'max', value: 60, unit: 'KB', what: 'content script, gzip' },
};

export interface Results {
  figures: Record<string, Stat>;
  raw: Record<string, unknown>;
  machine: Record<string, string | number>;
  quick: boolean;
  runs: number;
  /** Runs of the figures a quick run only samples (bench/run.ts); `runs` in a full run. */
  sampledRuns?: number;
  durationS: number;
}

const met = (name: string, value: number) => {
  const target = targets[name]!;
  return target.kind === 'max' ? value <= target.value : value >= target.value;
};

/** `latest.json`: each figure's median at the top level under its stable name, then the detail. */
export function toJson(results: Results): string {
  const headline = Object.fromEntries(Object.entries(results.figures).map(([k, v]) => [k, v.median]));
  const json = {
    ...headline,
    generated: new Date().toISOString(),
    quick: results.quick,
    runs: results.runs,
    duration_s: results.durationS,
    machine: results.machine,
    targets: Object.fromEntries(
      Object.entries(targets).map(([k, t]) => [
        k,
        { [t.kind]: t.value, met: k in results.figures ? met(k, results.figures[k]!.median) : null },
      ]),
    ),
    figures: results.figures,
    raw: results.raw,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const fmt = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);

/** The table; with `profile` (bench/profile.ts's Markdown), where the time goes after it. */
export function toMarkdown(results: Results, chartFile: string, profile?: string): string {
  const rows = Object.entries(targets).map(([name, target]) => {
    const figure = results.figures[name];
    if (!figure)
      return `| \`${name}\` | ${target.what} | not measured | ${target.kind === 'max' ? '≤' : '≥'} ${target.value} | — |`;
    const ok = met(name, figure.median);
    return `| \`${name}\` | ${target.what} | **${fmt(figure.median)}**${target.unit} (${fmt(figure.min)}–${fmt(figure.max)}) | ${target.kind === 'max' ? '≤' : '≥'} ${target.value}${target.unit} | ${ok ? 'met' : '**missed**'} |`;
  });
  const machine = Object.entries(results.machine)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return `# Backstory benchmark

${results.quick ? 'Quick run' : 'Full run'}, ${results.runs} runs per figure${results.sampledRuns !== undefined && results.sampledRuns < results.runs ? ` (${results.sampledRuns} of the 5 MB page, hovers, live feed, extremes and mark.js; the big library's transfer left to \`--only transfer\`)` : ''} (median, with min–max), ${results.durationS.toFixed(0)} s in all.
Machine: ${machine}.

| Field | What | Measured | Target | |
|---|---|---|---|---|
${rows.join('\n')}

![Timings on the 1 MB page](${chartFile})

Raw timings (every run) are in \`latest.json\` under \`figures\` and \`raw\`. Reproduce with \`npm run bench\`
(\`npm run bench -- --quick\` for the short version).
${profile ? `\n${profile.replace(/^# /, '## ').replace(/^## (?!Where)/gm, '### ')}` : ''}`;
}

/** A horizontal bar chart, log scale, of the 1 MB timings: what each approach costs. */
export function toSvg(bars: { label: string; ms: number; note?: string }[]): string {
  const width = 760;
  const left = 250;
  const barHeight = 22;
  const gap = 10;
  const top = 40;
  const max = Math.max(...bars.map((b) => b.ms));
  const scale = (ms: number) =>
    (Math.log10(Math.max(ms, 1)) / Math.log10(Math.max(max, 10))) * (width - left - 90);
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const rows = bars.map((bar, i) => {
    const y = top + i * (barHeight + gap);
    const w = Math.max(2, scale(bar.ms));
    return `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${escape(bar.label)}</text>
<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${bar.label.startsWith('Backstory') ? '#1a5fb4' : '#9a9996'}"/>
<text x="${(left + w + 6).toFixed(1)}" y="${y + 15}">${escape(`${fmt(bar.ms)} ms${bar.note ? ` ${bar.note}` : ''}`)}</text>`;
  });
  const height = top + bars.length * (barHeight + gap) + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="22" font-weight="bold">1 MB news page: median time to find and mark the names (log scale)</text>
${rows.join('\n')}
</svg>
`;
}
