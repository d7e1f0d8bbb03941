import { type BenchRun, BENCH_YEAR, bench, elapsed, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

/** Per keystroke through the global search's repository query, beside an in-memory scan. */
export async function measureSearch({ page, n, quick, facts }: BenchRun): Promise<Figure[]> {
  const firstUnit = '3-1-12';
  const queries = [firstUnit, '138', `SJ${BENCH_YEAR}-0001`, '王', 'wx-2025', '粤b'];
  await bench(page, (b) => b.prepareScan());
  const appKeys: number[] = [];
  const scanKeys: number[] = [];
  for (let round = 0; round < (quick ? 1 : 3); round++) {
    for (const q of queries) {
      for (let k = 1; k <= q.length; k++) {
        const prefix = q.slice(0, k);
        appKeys.push((await page.evaluate((p) => window.__taizhangBench!.search(p), prefix)).ms);
        scanKeys.push((await page.evaluate((p) => window.__taizhangBench!.scan(p), prefix)).ms);
      }
    }
  }
  // The same through the UI: type a unit code and wait for its hit.
  facts['searchUiWholeQueryMs'] = await repeat(n, async () => {
    await page.getByLabel('全局搜索').fill('');
    return elapsed(async () => {
      await page.getByLabel('全局搜索').pressSequentially(firstUnit);
      await page.getByTestId('search-hit').filter({ hasText: '3-1-1201' }).first().waitFor();
    });
  });
  await page.keyboard.press('Escape');
  return [
    figure(
      {
        what: 'search per keystroke',
        app: 'global search query (units, people, numbers)',
        baseline: 'in-memory prefix scan',
        target: 'p95 ≤ 50 ms',
      },
      appKeys,
      scanKeys,
      (_m, p) => p <= 50,
    ),
  ];
}
