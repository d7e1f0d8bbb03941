import { formatRate } from '@shared/domain/rates';
import type { VisitMonthFigures } from '@shared/domain/visitPlan';
import { useMonthComparison } from '../../components/useMonthComparison';
import type { Repositories } from '../../db/repositories';
import { t, type zhCN } from '../../i18n';
import {
  comparisonRows,
  type ComparisonCell,
  type ComparisonLabels,
} from '../../print/comparisonSection';

type Key = Exclude<keyof (typeof zhCN)['review']['visits'], 'title'>;

const CELLS: readonly ComparisonCell<Key, VisitMonthFigures>[] = [
  ['planned', (f) => String(f.planned)],
  ['done', (f) => String(f.done)],
  ['rate', (f) => `${formatRate(f.rate)}（${f.done}/${f.planned}）`],
  ['recorded', (f) => String(f.recorded)],
  ['meetings', (f) => String(f.meetings)],
  ['issues', (f) => String(f.issues)],
  ['converted', (f) => String(f.converted)],
];

export type VisitReviewRows = ReturnType<typeof visitReviewRows>;

/**
 * 拜访计划 in the monthly review, report and workbook: the plan items due in the month (area
 * items by households) against those done, 完成率, the visits and meetings recorded and the
 * issues raised and turned into enquiries; this month and the one before.
 */
export const visitReviewRows = (current: VisitMonthFigures, previous: VisitMonthFigures) =>
  comparisonRows(CELLS, (key) => t(`review.visits.${key}`), current, previous);

export const visitReviewLabels = (): ComparisonLabels => ({
  title: t('review.visits.title'),
  item: t('review.col.item'),
  current: t('review.col.current'),
  previous: t('review.col.previous'),
});

const figures = (repos: Repositories, month: string) => repos.visitRecords.monthFigures(month);

/** The visit plan's review lines of `month` against the month before; undefined while loading. */
export const useVisitMonth = (month: string, skip = false): VisitReviewRows | undefined =>
  useMonthComparison(month, figures, visitReviewRows, skip);
