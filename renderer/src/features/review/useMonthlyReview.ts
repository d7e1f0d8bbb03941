import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import type { MonthlyReview } from '@shared/domain/review/figures';
import { previousMonth } from '@shared/domain/review/months';
import { useRepos } from '../../app/ReposContext';

/**
 * The review of `month`, live (a receipt issued meanwhile shows at once); undefined while loading.
 * Figures served from the review's cache read no records, so the live query alone would not see
 * a write: the cache's generation (bumped whenever it drops months) re-runs it.
 */
export function useMonthlyReview(month: string, skip = false): MonthlyReview | undefined {
  const repos = useRepos();
  const generation = useSyncExternalStore(repos.review.subscribe, repos.review.generation);
  // `skip`: a branch install has no records to count (its review reads the estates' summaries).
  const review = useLiveQuery(
    () => (skip ? undefined : repos.review.monthly(month)),
    [repos, month, generation, skip],
  );
  const shown = review?.current.month;
  // Once a month is on screen, the month before it is computed while the desk is idle: the
  // manager reads back month by month, and that switch then only draws.
  useEffect(() => {
    if (skip || shown !== month) return;
    // A failed prefetch costs nothing: opening that month reads it again and shows any error.
    const prefetch = () => void repos.review.monthly(previousMonth(month)).catch(() => undefined);
    const idle = requestIdleCallback(prefetch, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [repos, month, shown, skip]);
  return review;
}
