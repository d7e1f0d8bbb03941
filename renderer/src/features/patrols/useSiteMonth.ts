import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { useRepos } from '../../app/ReposContext';
import { siteReviewRows } from './siteReviewRows';

/** The site ledgers' review lines of `month` against the month before; undefined while loading. */
export function useSiteMonth(month: string) {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [current, previous] = await Promise.all([
      repos.siteChecks.monthFigures(month),
      repos.siteChecks.monthFigures(previousMonth(month)),
    ]);
    return siteReviewRows(current, previous);
  }, [repos, month]);
}
