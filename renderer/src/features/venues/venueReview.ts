import { formatFen } from '@shared/domain/money';
import type { VenueMonthFigures } from '@shared/domain/review/venueFigures';
import { comparisonRegister } from '../../components/useMonthComparison';
import { t, type zhCN } from '../../i18n';
import type { ComparisonCell } from '../../print/comparisonSection';

type Key = keyof (typeof zhCN)['venues']['review'];

const CELLS: readonly ComparisonCell<Key, VenueMonthFigures>[] = [
  ['bookings', (f) => String(f.bookings)],
  ['used', (f) => String(f.used)],
  ['refused', (f) => String(f.refused)],
  ['cancelled', (f) => String(f.cancelled)],
  ['hours', (f) => String(f.hours)],
  ['fees', (f) => formatFen(f.feesFen)],
  ['deposits', (f) => formatFen(f.depositsFen)],
  ['refunded', (f) => formatFen(f.refundedFen)],
  ['deducted', (f) => formatFen(f.deductedFen)],
  ['held', (f) => formatFen(f.heldFen)],
  ['busiest', (f) => f.busiest || '—'],
];

/** 公共场地使用 in the monthly review, report (PDF) and workbook: label, this month, last. */
export const venueReview = comparisonRegister({
  section: 'venues',
  cells: CELLS,
  text: (key) => t(`venues.review.${key}`),
  figures: (repos, month) => repos.venues.monthFigures(month),
});

export type VenueReviewRows = ReturnType<typeof venueReview.rows>;
