import { AGE_BUCKETS } from '@shared/domain/arrears';
import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { t } from '../../i18n';
import { breakdown, type ChartOf, type ChartRow, type ChartSpec } from './reviewCharts';

const rateRow = (
  review: MonthlyReview,
  key: string,
  label: string,
  pick: (f: MonthlyFigures) => number | null,
): ChartRow => ({
  key,
  label,
  current: pick(review.current),
  previous: pick(review.previous),
  lastYear: pick(review.lastYear),
});

/**
 * 物业费 (issue 18): 收费率 of the month and of past arrears, the arrears at the month's end by
 * age and by building. A month without bills (figures of before issue 18) shows empty charts.
 */
export function feeCharts(review: MonthlyReview, chart: ChartOf): ChartSpec[] {
  return [
    chart(
      'fees-rates',
      'fees',
      'review.chart.feeRates',
      'rate',
      [
        rateRow(review, 'billed', t('review.bar.feeRate'), (f) => f.fees?.rate.value ?? null),
        rateRow(review, '', t('review.bar.pastRate'), (f) => f.fees?.pastRate.value ?? null),
      ],
      false,
    ),
    chart(
      'fees-age',
      'fees',
      'review.chart.feeAge',
      'fen',
      AGE_BUCKETS.map((k) =>
        rateRow(review, `age:${k}`, t(`review.feeAge.${k}`), (f) => f.fees?.byAgeFen[k] ?? 0),
      ),
    ),
    chart(
      'fees-building',
      'fees',
      'review.chart.feeBuilding',
      'fen',
      breakdown(
        review,
        (f) => Object.fromEntries((f.fees?.byBuilding ?? []).map((b) => [b.building, b.owedFen])),
        'building',
        (name) => t('review.feeBuilding', { name }),
      ),
    ),
  ];
}
