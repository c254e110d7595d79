/** Summaries of repeated measurements: every figure is a median with its range. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function stat(values: readonly number[]): Stat {
  if (values.length === 0) throw new Error('no measurements to summarise');
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    median: round(median),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    runs: values.map(round),
  };
}

/** Run-by-run ratios of two series measured side by side (run i of each in the same round). */
export function ratio(numerator: readonly number[], denominator: readonly number[]): Stat {
  const n = Math.min(numerator.length, denominator.length);
  return stat(Array.from({ length: n }, (_, i) => numerator[i]! / denominator[i]!));
}

export const round = (value: number, digits = 3) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};
