import { type BenchRun, bench, elapsed, repeat } from '../benchPage';
import { topSelfTime } from '../cpuProfile';
import { figure, type Figure } from '../stats';

/** Each big register's first screen, by the hash route (the shell stays). */
const REGISTERS: readonly (readonly [string, string])[] = [
  ['#/repairs', '[data-testid="wo-row-no"]'],
  ['#/mail', '[data-testid="mail-row-unit"]'],
  ['#/visitors', '[data-testid="visitors-table"] tbody tr.ant-table-row'],
  ['#/money', '[data-testid="ledger-table"] tbody tr.ant-table-row'],
];

/** The registers the wave added (issues 17–20): enquiries, surveys, patrols (issue 21). */
const WAVE_REGISTERS: readonly (readonly [string, string])[] = [
  ['#/enquiries', '[data-testid="enquiry-table"] tbody tr.ant-table-row'],
  ['#/surveys', '[data-testid="surveys-table"] tbody tr.ant-table-row'],
  ['#/patrols', '[data-testid="site-table"] tbody tr.ant-table-row'],
];

/** Route change to the first row, from the settings screen, `n` rounds over the registers. */
async function firstScreens(
  { page, n }: BenchRun,
  registers: readonly (readonly [string, string])[],
) {
  const times: number[] = [];
  const perRegister: Record<string, number[]> = {};
  for (let i = 0; i < n; i++) {
    for (const [hash, rowSel] of registers) {
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
  return { times, perRegister };
}

export async function measureRegisters(run: BenchRun): Promise<Figure[]> {
  const { page, n, facts, context } = run;
  // Where the time goes (issue 21): the page idle for 3 s after the reload, then one round.
  facts['registerIdleProfile'] = await topSelfTime(context, page, () => page.waitForTimeout(3000));
  facts['registerRoundProfile'] = await topSelfTime(context, page, () =>
    firstScreens({ ...run, n: 1 }, REGISTERS),
  );
  const older = await firstScreens(run, REGISTERS);
  const wave = await firstScreens(run, WAVE_REGISTERS);
  facts['registerFirstScreen'] = { ...older.perRegister, ...wave.perRegister };
  const raw = await repeat(n * 2, () => bench(page, (b) => b.registerRaw()));
  return [
    figure(
      {
        what: 'register first screen',
        app: 'route to first rows (repairs, mail, visitors, ledger)',
        baseline: 'raw indexed query of 50 rows',
        target: '≤ 100 ms',
      },
      older.times,
      raw,
      (m) => m <= 100,
    ),
    figure(
      {
        what: 'new registers first screen',
        app: 'route to first rows (enquiries, surveys, patrols)',
        baseline: 'raw indexed query of 50 rows',
        target: '≤ 100 ms',
      },
      wave.times,
      raw,
      (m) => m <= 100,
    ),
  ];
}
