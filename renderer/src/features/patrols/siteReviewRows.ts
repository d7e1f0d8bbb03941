import type { SiteMonthFigures } from '@shared/domain/review/siteFigures';
import { t, type zhCN } from '../../i18n';
import { comparisonRows, type ComparisonCell } from '../../print/comparisonSection';

type Key = Exclude<
  keyof (typeof zhCN)['patrols']['review'],
  'title' | 'item' | 'current' | 'previous'
>;

const scored = (i: { count: number; averageScore: number | null }) =>
  i.averageScore === null ? String(i.count) : `${i.count} / ${i.averageScore}`;

const CELLS: readonly ComparisonCell<Key, SiteMonthFigures>[] = [
  ['patrols', (f) => String(f.patrols)],
  ['patrolDays', (f) => String(f.patrolDays)],
  ['findings', (f) => String(f.findings)],
  ['findingsToOrders', (f) => String(f.findingsToOrders)],
  ['cleaning', (f) => scored(f.inspections.cleaning)],
  ['greenery', (f) => scored(f.inspections.greenery)],
  ['deskCheck', (f) => scored(f.inspections.deskCheck)],
  ['dailyLogs', (f) => String(f.dailyLogs)],
  ['vacantUnitsCleaned', (f) => String(f.vacantUnitsCleaned)],
  ['rainRounds', (f) => String(f.rainRounds)],
  ['signed', (f) => `${f.signed} / ${f.signable}`],
];

/** The site ledgers' lines of the monthly review, report and workbook: label, this month, last. */
export const siteReviewRows = (current: SiteMonthFigures, previous: SiteMonthFigures) =>
  comparisonRows(CELLS, (key) => t(`patrols.review.${key}`), current, previous);
