import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { formatFen } from '@shared/domain/money';
import type { VenueMonthFigures } from '@shared/domain/review/venueFigures';
import { useRepos } from '../../app/ReposContext';
import { t, type zhCN } from '../../i18n';
import {
  comparisonSection,
  comparisonSheet,
  type ComparisonLabels,
} from '../../print/comparisonSection';

type Key = Exclude<
  keyof (typeof zhCN)['venues']['review'],
  'title' | 'item' | 'current' | 'previous'
>;

const CELLS: readonly [Key, (f: VenueMonthFigures) => string][] = [
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
export function venueReviewRows(current: VenueMonthFigures, previous: VenueMonthFigures) {
  return CELLS.map(([key, cell]) => ({
    key,
    label: t(`venues.review.${key}`),
    current: cell(current),
    previous: cell(previous),
  }));
}

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

/** The bookings' review lines of `month` against the month before; undefined while loading. */
export function useVenueMonth(month: string): VenueReviewRows | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [current, previous] = await Promise.all([
      repos.venues.monthFigures(month),
      repos.venues.monthFigures(previousMonth(month)),
    ]);
    return venueReviewRows(current, previous);
  }, [repos, month]);
}
