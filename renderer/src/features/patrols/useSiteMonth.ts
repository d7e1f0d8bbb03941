import { useMonthComparison } from '../../components/useMonthComparison';
import type { Repositories } from '../../db/repositories';
import { siteReviewRows } from './siteReviewRows';

const figures = (repos: Repositories, month: string) => repos.siteChecks.monthFigures(month);

/** The site ledgers' review lines of `month` against the month before; undefined while loading. */
export const useSiteMonth = (month: string, skip = false) =>
  useMonthComparison(month, figures, siteReviewRows, skip);
