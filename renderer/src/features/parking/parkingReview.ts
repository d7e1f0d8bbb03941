import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { formatFen } from '@shared/domain/money';
import type { ParkingMonthFigures } from '@shared/domain/review/parkingFigures';
import { useRepos } from '../../app/ReposContext';
import { t, type zhCN } from '../../i18n';
import {
  comparisonSection,
  comparisonSheet,
  type ComparisonLabels,
} from '../../print/comparisonSection';

type Key = Exclude<
  keyof (typeof zhCN)['parking']['review'],
  'title' | 'item' | 'current' | 'previous'
>;

const CELLS: readonly [Key, (f: ParkingMonthFigures) => string][] = [
  ['spaces', (f) => String(f.spaces)],
  ['taken', (f) => String(f.taken)],
  ['leasesStarted', (f) => String(f.leasesStarted)],
  ['salesStarted', (f) => String(f.salesStarted)],
  ['ended', (f) => String(f.ended)],
  ['expiringNext', (f) => String(f.expiringNext)],
  ['fee', (f) => formatFen(f.feeFen)],
];

export type ParkingReviewRows = ReturnType<typeof parkingReviewRows>;

/** The parking lines of the monthly review, report and workbook: label, this month, last. */
export function parkingReviewRows(current: ParkingMonthFigures, previous: ParkingMonthFigures) {
  return CELLS.map(([key, cell]) => ({
    key,
    label: t(`parking.review.${key}`),
    current: cell(current),
    previous: cell(previous),
  }));
}

export const parkingReviewLabels = (): ComparisonLabels => ({
  title: t('parking.review.title'),
  item: t('parking.review.item'),
  current: t('parking.review.current'),
  previous: t('parking.review.previous'),
});

/** 车位管理 in the monthly report (PDF). */
export const parkingReportSection = (rows: ParkingReviewRows) =>
  comparisonSection('parking', parkingReviewLabels(), rows);

/** The same lines as a sheet of the review workbook. */
export const parkingReviewSheet = (rows: ParkingReviewRows) =>
  comparisonSheet(parkingReviewLabels(), rows);

/** The parking review lines of `month` against the month before; undefined while loading. */
export function useParkingMonth(month: string): ParkingReviewRows | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [current, previous] = await Promise.all([
      repos.parking.monthFigures(month),
      repos.parking.monthFigures(previousMonth(month)),
    ]);
    return parkingReviewRows(current, previous);
  }, [repos, month]);
}
