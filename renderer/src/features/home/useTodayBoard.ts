import { useLiveQuery } from 'dexie-react-hooks';
import type { TodayItem } from '@shared/domain/todayBoard';
import { useRepos } from '../../app/ReposContext';
import { useMinuteClock } from '../keys/useKeys';

/**
 * The today board, live: re-read when any register changes (useLiveQuery) and every minute,
 * since an item turns overdue with the clock alone. Undefined while loading.
 */
export function useTodayBoard(): { items: TodayItem[] | undefined; now: string } {
  const repos = useRepos();
  const now = useMinuteClock();
  const items = useLiveQuery(() => repos.today.items(now), [repos, now]);
  return { items, now };
}
