import { formatFen } from '@shared/domain/money';
import type { VenueMonthFigures } from '@shared/domain/review/venueFigures';
import { useMonthComparison } from '../../components/useMonthComparison';
import type { Repositories } from '../../db/repositories';
import { t, type zhCN } from '../../i18n';
import {
  comparisonRows,
  comparisonSection,
  comparisonSheet,
  type ComparisonCell,
  type ComparisonLabels,
} from '../../print/comparisonSection';

type Key = Exclude<
  keyof (typeof zhCN)['venues']['review'],
  'title' | 'item' | 'current' | 'previous'
>;

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

export type VenueReviewRows = ReturnType<typeof venueReviewRows>;

/** The bookings' lines of the monthly review, report and workbook: label, this month, last. */
export const venueReviewRows = (current: VenueMonthFigures, previous: VenueMonthFigures) =>
  comparisonRows(CELLS, (key) => t(`venues.review.${key}`), current, previous);

export const venueReviewLabels = (): ComparisonLabels => ({
  title: t('venues.review.title'),
  item: t('venues.review.item'),
  current: t('venues.review.current'),
  previous: t('venues.review.previous'),
});

/** 公共场地使用 in the monthly report (PDF). */
export const venueReportSection = (rows: VenueReviewRows) =>
  comparisonSection('venues', venueReviewLabels(), rows);

/** The same lines as a sheet of the review workbook. */
export const venueReviewSheet = (rows: VenueReviewRows) =>
  comparisonSheet(venueReviewLabels(), rows);

const figures = (repos: Repositories, month: string) => repos.venues.monthFigures(month);

/** The bookings' review lines of `month` against the month before; undefined while loading. */
export const useVenueMonth = (month: string, skip = false): VenueReviewRows | undefined =>
  useMonthComparison(month, figures, venueReviewRows, skip);
