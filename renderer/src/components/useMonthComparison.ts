import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { useRepos } from '../app/ReposContext';
import type { Repositories } from '../db/repositories';

/**
 * A register's figures of `month` and of the month before, made into its review lines (the
 * monthly review's sections whose figures are not in MonthlyReview); undefined while loading.
 * `figures` and `rows` are module-level functions: only the repositories and month re-run it.
 * `skip`: nothing is read (a branch install has no local records).
 */
export function useMonthComparison<F, R>(
  month: string,
  figures: (repos: Repositories, month: string) => Promise<F>,
  rows: (current: F, previous: F) => R,
  skip = false,
): R | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (skip) return undefined;
    const [current, previous] = await Promise.all([
      figures(repos, month),
      figures(repos, previousMonth(month)),
    ]);
    return rows(current, previous);
  }, [repos, month, skip]);
}
