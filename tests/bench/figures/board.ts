import { type BenchRun, BENCH_NOW, BENCH_TODAY, BENCH_YEAR, log, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

const NOW = new Date(BENCH_NOW).toISOString();

const planOnce = (page: BenchRun['page']) =>
  page.evaluate(([y, now]) => window.__taizhangBench!.visitPlan(y, now), [
    BENCH_YEAR,
    NOW,
  ] as const);

/**
 * The today board's 拜访计划 part (issue 17): the year's plan the board builds on every refresh
 * (every unit of the archive, the year's visit records, move-ins and events), first with no visit
 * recorded, then with every household visited once a quarter so far (~9,000 records), beside a
 * raw read of the same units and records.
 */
export async function measureBoard({ page, n, facts }: BenchRun): Promise<Figure[]> {
  const empty = await repeat(n, () => planOnce(page));
  const seeded = await page.evaluate(
    (today) => window.__taizhangBench!.seedAreaVisits(today),
    BENCH_TODAY,
  );
  log(`board: ${seeded} area visits written`);
  const full = await repeat(n, () => planOnce(page));
  const raw = await repeat(n, () =>
    page.evaluate((y) => window.__taizhangBench!.visitPlanRaw(y), BENCH_YEAR),
  );
  facts['boardVisitPlan'] = {
    visitRecords: seeded,
    items: full[0]?.items,
    planNoVisitsMs: empty.map((e) => e.planMs),
    boardNoVisitsMs: empty.map((e) => e.boardMs),
    boardMs: full.map((e) => e.boardMs),
  };
  log(`board: plan ${full.map((f) => f.planMs.toFixed(0)).join(', ')} ms`);
  return [
    figure(
      {
        what: 'board: visit plan',
        app: 'the year’s plan the today board reads (3,000 units, a year of area visits)',
        baseline: 'raw read of the units and the year’s visits',
        target: '≤ 50 ms',
      },
      full.map((f) => f.planMs),
      raw,
      (m) => m <= 50,
    ),
  ];
}
