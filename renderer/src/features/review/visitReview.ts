import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { formatRate } from '@shared/domain/rates';
import type { VisitMonthFigures } from '@shared/domain/visitPlan';
import { useRepos } from '../../app/ReposContext';
import { t, type zhCN } from '../../i18n';
import type { ComparisonLabels } from '../../print/comparisonSection';

type Key = Exclude<keyof (typeof zhCN)['review']['visits'], 'title'>;

const CELLS: readonly [Key, (f: VisitMonthFigures) => string][] = [
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
export function visitReviewRows(current: VisitMonthFigures, previous: VisitMonthFigures) {
  return CELLS.map(([key, cell]) => ({
    key,
    label: t(`review.visits.${key}`),
    current: cell(current),
    previous: cell(previous),
  }));
}

export const visitReviewLabels = (): ComparisonLabels => ({
  title: t('review.visits.title'),
  item: t('review.col.item'),
  current: t('review.col.current'),
  previous: t('review.col.previous'),
});

/** The visit plan's review lines of `month` against the month before; undefined while loading. */
export function useVisitMonth(month: string): VisitReviewRows | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [current, previous] = await Promise.all([
      repos.visitRecords.monthFigures(month),
      repos.visitRecords.monthFigures(previousMonth(month)),
    ]);
    return visitReviewRows(current, previous);
  }, [repos, month]);
}
