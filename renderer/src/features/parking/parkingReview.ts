import { formatFen } from '@shared/domain/money';
import type { ParkingMonthFigures } from '@shared/domain/review/parkingFigures';
import { comparisonRegister } from '../../components/useMonthComparison';
import { t, type zhCN } from '../../i18n';
import type { ComparisonCell } from '../../print/comparisonSection';

type Key = keyof (typeof zhCN)['parking']['review'];

const CELLS: readonly ComparisonCell<Key, ParkingMonthFigures>[] = [
  ['spaces', (f) => String(f.spaces)],
  ['taken', (f) => String(f.taken)],
  ['leasesStarted', (f) => String(f.leasesStarted)],
  ['salesStarted', (f) => String(f.salesStarted)],
  ['ended', (f) => String(f.ended)],
  ['expiringNext', (f) => String(f.expiringNext)],
  ['fee', (f) => formatFen(f.feeFen)],
];

/** 车位管理 in the monthly review, report (PDF) and workbook: label, this month, last. */
export const parkingReview = comparisonRegister({
  section: 'parking',
  cells: CELLS,
  text: (key) => t(`parking.review.${key}`),
  figures: (repos, month) => repos.parking.monthFigures(month),
});

export type ParkingReviewRows = ReturnType<typeof parkingReview.rows>;
