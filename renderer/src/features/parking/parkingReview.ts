import { formatFen } from '@shared/domain/money';
import type { ParkingMonthFigures } from '@shared/domain/review/parkingFigures';
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
  keyof (typeof zhCN)['parking']['review'],
  'title' | 'item' | 'current' | 'previous'
>;

const CELLS: readonly ComparisonCell<Key, ParkingMonthFigures>[] = [
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
export const parkingReviewRows = (current: ParkingMonthFigures, previous: ParkingMonthFigures) =>
  comparisonRows(CELLS, (key) => t(`parking.review.${key}`), current, previous);

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

const figures = (repos: Repositories, month: string) => repos.parking.monthFigures(month);

/** The parking review lines of `month` against the month before; undefined while loading. */
export const useParkingMonth = (month: string, skip = false): ParkingReviewRows | undefined =>
  useMonthComparison(month, figures, parkingReviewRows, skip);
