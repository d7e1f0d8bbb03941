import { addMonths } from '../../../shared/domain/billing';
import { type BenchRun, repeat } from '../benchPage';
import { topSelfTime } from '../cpuProfile';
import { figure, type Figure } from '../stats';

/** Periods after the generated estate's history, one per run, so each run bills afresh. */
const FIRST_PERIOD = '2030-01';

/**
 * Property fees (issue 18): a whole period's bills for the estate's 3,000 units in one action
 * (`bills.generate`: plan, write in chunks with their audit entries), beside reading the units
 * and the period's bills raw; then the arrears list over every bill generated (aged, with each
 * unit's occupant), beside the open bills read raw by their index.
 */
export async function measureFees({ context, page, n, facts }: BenchRun): Promise<Figure[]> {
  const generated = await repeat(n, (i) =>
    page.evaluate((p) => window.__taizhangBench!.billsGenerate(p), addMonths(FIRST_PERIOD, i)),
  );
  const generateRaw = await repeat(n, (i) =>
    page.evaluate((p) => window.__taizhangBench!.billsRaw(p), addMonths(FIRST_PERIOD, i)),
  );
  facts['billsPerRun'] = generated[0]?.created;
  facts['billedUnits'] = generated[0]?.units;
  const asOf = addMonths(FIRST_PERIOD, n);
  const arrears = await repeat(n, () =>
    page.evaluate((m) => window.__taizhangBench!.arrearsList(m), asOf),
  );
  const arrearsRaw = await repeat(n, () =>
    page.evaluate(() => window.__taizhangBench!.arrearsRaw()),
  );
  facts['arrearsUnits'] = arrears[0]?.units;
  // Where the time goes (issue 21): one more period generated and one more arrears read, profiled.
  facts['billsGenerateCpuTop'] = await topSelfTime(context, page, () =>
    page.evaluate((p) => window.__taizhangBench!.billsGenerate(p), addMonths(FIRST_PERIOD, n)),
  );
  facts['arrearsCpuTop'] = await topSelfTime(context, page, () =>
    page.evaluate((m) => window.__taizhangBench!.arrearsList(m), asOf),
  );
  return [
    figure(
      {
        what: 'bills for 3,000 units',
        app: 'bills.generate(period): every unit, chunks of 1,000 units with their audit entries',
        baseline: 'the units and the period’s bills read raw',
        target: '≤ 3 s',
      },
      generated.map((g) => g.ms),
      generateRaw,
      (m) => m <= 3000,
    ),
    figure(
      {
        what: 'arrears list',
        app: `bills.arrears(${asOf}): every owing unit aged, occupant masked`,
        baseline: 'the open bills read raw by the status index',
        target: '≤ 200 ms',
      },
      arrears.map((a) => a.ms),
      arrearsRaw,
      (m) => m <= 200,
    ),
  ];
}
