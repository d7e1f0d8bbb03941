import { type BenchRun, elapsed, log, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

/** Reload to the shell, and to the ledger's first rows, beside a blank page load. */
export async function measureOpen({ page, n, app, serverUrl }: BenchRun): Promise<Figure[]> {
  // The session survives a reload (as at the desk), so a reload lands on the shell.
  const blank = await repeat(n, () => elapsed(() => page.goto(`${serverUrl}/bench-blank`)));
  log(`blank page load ${blank.map((b) => b.toFixed(0)).join(', ')} ms`);
  const shell: number[] = [];
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.goto(`${serverUrl}/bench-blank`);
    const t0 = performance.now();
    await page.goto(`${app}#/money`, { waitUntil: 'commit' });
    await page.getByTestId('operator').waitFor();
    shell.push(performance.now() - t0);
    await page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row').first().waitFor();
    data.push(performance.now() - t0);
    log(`open: shell ${shell[i]!.toFixed(0)} ms, data ${data[i]!.toFixed(0)} ms`);
  }
  return [
    figure(
      {
        what: 'open: shell',
        app: 'reload to the shell painted',
        baseline: 'blank page load',
        target: '≤ 1.0 s',
      },
      shell,
      blank,
      (m) => m <= 1000,
    ),
    figure(
      {
        what: 'open: first data',
        app: 'reload to the ledger’s first rows',
        baseline: 'blank page load',
        target: '≤ 1.5 s',
      },
      data,
      blank,
      (m) => m <= 1500,
    ),
  ];
}
