import { previousMonth } from '../../../shared/domain/review/months';
import { type BenchRun, BENCH_MONTH, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

/**
 * Year trend: the review's own 12-month trend (`review.trend`) of the last finished month, cold
 * (right after a write emptied the cache) and warm, beside the same receipt sums in a plain loop
 * over rows already in memory.
 */
export async function measureTrend({ page, n, facts }: BenchRun): Promise<Figure[]> {
  const month = previousMonth(BENCH_MONTH);
  const cold = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.reviewTrend(m, true), month),
  );
  const warm = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.reviewTrend(m, false), month),
  );
  const loop = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.trendLoop(m), month),
  );
  facts['trendRows'] = loop[0]?.rows;
  return [
    figure(
      {
        what: 'year trend (after a write)',
        app: `review.trend(${month}): 12 months of complaints, repairs, receipts`,
        baseline: 'the receipt sums in a plain loop',
        target: '≤ 200 ms',
      },
      cold.map((c) => c.ms),
      loop.map((l) => l.loopMs),
      (m) => m <= 200,
    ),
    figure(
      {
        what: 'year trend (warm)',
        app: 'the same again, nothing written in between',
        baseline: 'the receipt sums in a plain loop',
        target: '≤ 200 ms',
      },
      warm.map((c) => c.ms),
      loop.map((l) => l.loopMs),
      (m) => m <= 200,
    ),
  ];
}
