/** One line of the benchmark table: a measured figure and the goal it is held to. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The goal, e.g. "< 20 ms"; empty where the figure is informational. */
  goal?: string;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
