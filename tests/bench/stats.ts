/** Median and p95 (nearest rank) of repeated timings, in ms. */
export interface Figure {
  what: string;
  app: string;
  baseline: string;
  target: string;
  runs: number;
  appMedian: number | null;
  appP95: number | null;
  baseMedian: number | null;
  baseP95: number | null;
  ratio: number | null;
  meets: boolean | null;
  note?: string;
  /** Memory figures are in MB; everything else in ms. */
  unit?: 'ms' | 'MB';
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function figure(
  base: Omit<
    Figure,
    'runs' | 'appMedian' | 'appP95' | 'baseMedian' | 'baseP95' | 'ratio' | 'meets'
  >,
  app: readonly number[],
  baseline: readonly number[],
  meets: (appMedian: number, appP95: number) => boolean,
): Figure {
  const appMedian = quantile(app, 0.5);
  const appP95 = quantile(app, 0.95);
  const baseMedian = baseline.length > 0 ? quantile(baseline, 0.5) : null;
  return {
    ...base,
    runs: app.length,
    appMedian,
    appP95,
    baseMedian,
    baseP95: baseline.length > 0 ? quantile(baseline, 0.95) : null,
    ratio: baseMedian ? appMedian / baseMedian : null,
    meets: meets(appMedian, appP95),
  };
}

function fmt(v: number | null, unit: 'ms' | 'MB' = 'ms'): string {
  if (v === null || Number.isNaN(v)) return '—';
  if (unit === 'MB') return `${v.toFixed(0)} MB`;
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`;
}

/** The figures as a Markdown table (printed, and pasted into the README). */
export function markdownTable(figures: readonly Figure[]): string {
  const head =
    '| what | app: median / p95 | baseline: median / p95 | ratio | target | met | note |\n| --- | --- | --- | --- | --- | --- | --- |';
  const rows = figures.map(
    (f) =>
      `| ${f.what} | ${fmt(f.appMedian, f.unit)} / ${fmt(f.appP95, f.unit)} | ${fmt(f.baseMedian, f.unit)} / ${fmt(f.baseP95, f.unit)} | ${
        f.ratio === null ? '—' : `${f.ratio.toFixed(1)}×`
      } | ${f.target} | ${f.meets === null ? 'TODO' : f.meets ? 'yes' : '**no**'} | ${f.note ?? ''} |`,
  );
  return [head, ...rows].join('\n');
}
