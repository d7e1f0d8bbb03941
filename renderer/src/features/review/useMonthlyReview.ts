import { useLiveQuery } from 'dexie-react-hooks';
import type { MonthlyReview } from '@shared/domain/review/figures';
import { useRepos } from '../../app/ReposContext';

/** The review of `month`, live (a receipt issued meanwhile shows at once); undefined while loading. */
export function useMonthlyReview(month: string): MonthlyReview | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.review.monthly(month), [repos, month]);
}
