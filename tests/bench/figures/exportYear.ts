import { type BenchRun, BENCH_YEAR, bench, repeat } from '../benchPage';
import { figure, type Figure } from '../stats';

/** Last year's receipts to Excel with the ledger's workbook builder, beside the same as CSV. */
export async function measureExport({ page, quick }: BenchRun): Promise<Figure[]> {
  const exports = await repeat(quick ? 1 : 3, () =>
    bench(page, (b) => b.exportYear(BENCH_YEAR - 1)),
  );
  return [
    figure(
      {
        what: 'export',
        app: `a year of receipts (${exports[0]?.rows ?? 0} rows) to Excel`,
        baseline: 'the same rows as CSV',
        target: '≤ 5 s',
      },
      exports.map((e) => e.excelMs),
      exports.map((e) => e.csvMs),
      (m) => m <= 5000,
    ),
  ];
}
