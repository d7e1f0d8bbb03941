import type { Page } from 'playwright-core';
import { nextMonth, previousMonth } from '../../../shared/domain/review/months';
import { type BenchRun, BENCH_MONTH, bench, log, repeat } from '../benchPage';
import { topSelfTime } from '../cpuProfile';
import { figure, type Figure } from '../stats';

/**
 * Every chart card of the page on screen has drawn its svg (or says the month has nothing). A
 * card is rendered whole when it scrolls into view (issue 21, `DrawWhenSeen`, `CardWhenSeen`):
 * a place held for one (`[data-deferred]`) counts only when it is outside the viewport — what
 * the manager sees is all drawn.
 */
function allChartsPainted(month: string): boolean {
  const page = document.querySelector(`[data-testid=review-page][data-month="${month}"]`);
  if (!page) return false;
  const cards = [...page.querySelectorAll('[data-testid^="review-card-"]')];
  const onScreen = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  };
  return (
    cards.length > 0 &&
    cards.every((c) => {
      const held = [...c.querySelectorAll('[data-deferred]')];
      if (held.length > 0) return !held.some(onScreen);
      return c.querySelector('svg, .ant-empty') !== null;
    })
  );
}

/** Charts drawn (svg) on the review page now, for the JSON. */
function drawnCharts(): number {
  return document.querySelectorAll('[data-testid^="review-card-"] svg.recharts-surface').length;
}

/** Picks `month` in the review's month picker; returns ms from Enter to every chart painted. */
async function switchTo(page: Page, month: string): Promise<number> {
  await page.getByTestId('review-month').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(month);
  const t0 = performance.now();
  await page.keyboard.press('Enter');
  await page.waitForFunction(allChartsPainted, month, { polling: 'raf' });
  const ms = performance.now() - t0;
  await page.keyboard.press('Escape');
  return ms;
}

/**
 * Monthly review: in /review, switch to an earlier month and wait until every chart of that
 * month is painted; flipping back through months as a manager does, and once more right after
 * a receipt was issued (a write empties the review's cache). Beside it, the repository's
 * `review.monthly` alone, and the baseline: the month's numbers read back as one stored row.
 */
export async function measureReview({ context, page, n, facts }: BenchRun): Promise<Figure[]> {
  const lastFinished = previousMonth(BENCH_MONTH);
  // The review opens on the current month; the bench reads the last finished one.
  await page.evaluate((m) => (window.location.hash = `#/review?month=${m}`), lastFinished);
  const t0 = performance.now();
  await page.waitForFunction(allChartsPainted, lastFinished, { polling: 'raf' });
  facts['reviewFirstOpenMs'] = performance.now() - t0;
  const charts = await page.locator('[data-testid^="review-card-"]').count();
  facts['reviewChartsDrawnAtOpen'] = await page.evaluate(drawnCharts);
  let month = lastFinished;
  const flip = await repeat(n, async () => switchTo(page, (month = previousMonth(month))));
  log(`review: month switched ${flip.map((f) => f.toFixed(0)).join(', ')} ms (${charts} charts)`);
  const afterWrite = await repeat(n, async () => {
    await bench(page, (b) => b.issue());
    // Let the shown month's live re-read settle: the switch is timed, not the two overlapping.
    await page.waitForTimeout(2500);
    return switchTo(page, (month = previousMonth(month)));
  });
  log(`review: after a write ${afterWrite.map((f) => f.toFixed(0)).join(', ')} ms`);
  const oldest = month;
  // Where a switch to a month not computed yet spends its time (for the README's notes).
  facts['reviewSwitchCpuTop'] = await topSelfTime(
    context,
    page,
    () => switchTo(page, previousMonth(previousMonth(oldest))),
    15,
    'review-switch',
  );
  // Forward again through months already computed: what the page costs with every figure cached.
  facts['reviewSwitchCachedMs'] = await repeat(n, async () => {
    month = nextMonth(month);
    return switchTo(page, month);
  });
  log(
    `review: cached months ${(facts['reviewSwitchCachedMs'] as number[]).map((f) => f.toFixed(0)).join(', ')} ms`,
  );
  // The repository alone (no live query, no render), for months beyond any the page showed or
  // prefetched: the next month back, as a switch asks it.
  let beyond = previousMonth(previousMonth(oldest));
  facts['reviewRepositorySwitchMs'] = await repeat(n, () =>
    page.evaluate(
      (m) => window.__taizhangBench!.reviewMonthly(m, false),
      (beyond = previousMonth(beyond)),
    ),
  );
  facts['reviewRepositoryAfterWriteMs'] = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.reviewMonthly(m, true), lastFinished),
  );
  const stored = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.reviewStoredRead(m), lastFinished),
  );
  // Profiles of the two other cases, after every figure above (they move the month shown):
  // a switch with every figure cached, and the after-a-write switch as timed above (a month
  // shown, a receipt issued, the pause, then the month before it).
  facts['reviewCachedCpuTop'] = await topSelfTime(
    context,
    page,
    () => switchTo(page, (month = nextMonth(month))),
    15,
    'review-cached',
  );
  let fresh = previousMonth(previousMonth(beyond));
  await switchTo(page, fresh);
  await bench(page, (b) => b.issue());
  await page.waitForTimeout(2500);
  facts['reviewAfterWriteCpuTop'] = await topSelfTime(
    context,
    page,
    () => switchTo(page, (fresh = previousMonth(fresh))),
    15,
    'review-after-write',
  );
  // A new session on the same desk (the app started again): the months computed above are
  // stored rows now (reviewMonths), so its first open reads them instead of 13 months of records.
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.reload();
  await page.getByTestId('operator').waitFor();
  await page.evaluate((m) => (window.location.hash = `#/review?month=${m}`), lastFinished);
  const t1 = performance.now();
  await page.waitForFunction(allChartsPainted, lastFinished, { polling: 'raf' });
  facts['reviewFirstOpenStoredMs'] = performance.now() - t1;
  log(
    `review: first open ${(facts['reviewFirstOpenMs'] as number).toFixed(0)} ms (nothing stored), ${(facts['reviewFirstOpenStoredMs'] as number).toFixed(0)} ms in a new session`,
  );
  const perChart = flip.map((f) => f / charts);
  return [
    figure(
      {
        what: 'monthly review (switch month)',
        app: `/review: month picked to all ${charts} charts painted`,
        baseline: 'the month’s numbers read as one stored row',
        target: '≤ 300 ms page',
        note: `first open ${(facts['reviewFirstOpenMs'] as number).toFixed(0)} ms (nothing stored), ${(facts['reviewFirstOpenStoredMs'] as number).toFixed(0)} ms (new session, stored months)`,
      },
      flip,
      stored,
      (m) => m <= 300,
    ),
    figure(
      {
        what: 'monthly review (switch month after a write)',
        app: 'the same, right after a receipt was issued',
        baseline: 'the month’s numbers read as one stored row',
        target: '≤ 300 ms page',
      },
      afterWrite,
      stored,
      (m) => m <= 300,
    ),
    figure(
      {
        what: 'monthly review per chart',
        app: 'page time ÷ charts (one React commit draws them all)',
        baseline: 'the month’s numbers read as one stored row',
        target: '≤ 100 ms a chart',
      },
      perChart,
      stored,
      (m) => m <= 100,
    ),
  ];
}
