import { type BenchRun, bench, elapsed, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

/** Each big register's first screen, by the hash route (the shell stays). */
const REGISTERS: readonly (readonly [string, string])[] = [
  ['#/repairs', '[data-testid="wo-row-no"]'],
  ['#/mail', '[data-testid="mail-row-unit"]'],
  ['#/visitors', '[data-testid="visitors-table"] tbody tr.ant-table-row'],
  ['#/money', '[data-testid="ledger-table"] tbody tr.ant-table-row'],
];

export async function measureRegisters({ page, n, facts }: BenchRun): Promise<Figure[]> {
  const times: number[] = [];
  const perRegister: Record<string, number[]> = {};
  for (let i = 0; i < n; i++) {
    for (const [hash, rowSel] of REGISTERS) {
      await page.evaluate(() => (window.location.hash = '#/settings'));
      await page.waitForTimeout(50);
      const ms = await elapsed(async () => {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await page.locator(rowSel).first().waitFor();
      });
      times.push(ms);
      (perRegister[hash] ??= []).push(ms);
    }
  }
  facts['registerFirstScreen'] = perRegister;
  const raw = await repeat(n * 2, () => bench(page, (b) => b.registerRaw()));
  return [
    figure(
      {
        what: 'register first screen',
        app: 'route to first rows (repairs, mail, visitors, ledger)',
        baseline: 'raw indexed query of 50 rows',
        target: '≤ 100 ms',
      },
      times,
      raw,
      (m) => m <= 100,
    ),
  ];
}
