import { type BenchRun, heapMb } from '../benchPage';
import { figure, type Figure } from '../stats';

const ROUTES = [
  '#/archive',
  '#/money',
  '#/cashup',
  '#/renovation',
  '#/complaints',
  '#/repairs',
  '#/services',
  '#/mail',
  '#/movein',
  '#/release',
  '#/keys',
  '#/visitors',
  '#/handover',
  '#/review',
  '#/audit',
];

/** The JS heap after browsing every register, beside the empty app right after the first run. */
export async function measureMemory(
  { context, page }: BenchRun,
  emptyHeap: number,
): Promise<Figure[]> {
  for (const hash of ROUTES) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
  }
  const fullHeap = await heapMb(context, page);
  return [
    figure(
      {
        what: 'memory (MB)',
        app: 'JS heap after browsing every register',
        baseline: 'empty app',
        target: '≤ 300 MB',
        unit: 'MB',
      },
      [fullHeap],
      [emptyHeap],
      (m) => m <= 300,
    ),
  ];
}
