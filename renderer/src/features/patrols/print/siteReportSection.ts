import { t } from '../../../i18n';
import { comparisonSection, comparisonSheet } from '../../../print/comparisonSection';
import type { siteReviewRows } from '../siteReviewRows';

type Rows = ReturnType<typeof siteReviewRows>;

const labels = () => ({
  title: t('patrols.review.title'),
  item: t('patrols.review.item'),
  current: t('patrols.review.current'),
  previous: t('patrols.review.previous'),
});

/** 巡查检查 in the monthly report (PDF): this month against the month before. */
export const siteReportSection = (rows: Rows) => comparisonSection('site', labels(), rows);

/** The same lines as a sheet of the review workbook. */
export const siteReviewSheet = (rows: Rows) => comparisonSheet(labels(), rows);
